<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
    <context>
        <name>ErrorBanner</name>
        <message>
            <location filename="../../desktop_app/gui/views/banners.py" line="112" />
            <source>Error</source>
            <translation>Erreur</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/banners.py" line="118" />
            <source>Dismiss</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/banners.py" line="119" />
            <source>Dismiss the error message</source>
            <translation>Fermer le message d'erreur</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/banners.py" line="131" />
            <source>Error code: {code}</source>
            <translation>Code d'erreur : {code}</translation>
        </message>
    </context>
    <context>
        <name>HeaderBar</name>
        <message>
            <location filename="../../desktop_app/gui/views/header_bar.py" line="26" />
            <source>Pro Santé Connect — reference client</source>
            <translation>Pro Santé Connect — client de référence</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/header_bar.py" line="33" />
            <source>Environment</source>
            <translation>Environnement</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/header_bar.py" line="37" />
            <source>&amp;Environment:</source>
            <translation>&amp;Environnement :</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/header_bar.py" line="41" />
            <source>Architecture</source>
            <translation>Architecture</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/header_bar.py" line="43" />
            <source>Where the session is kept</source>
            <translation>Où la session est conservée</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/header_bar.py" line="45" />
            <source>Sign in</source>
            <translation>Se connecter</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/header_bar.py" line="47" />
            <source>Sign in with Pro Santé Connect</source>
            <translation>Se connecter avec Pro Santé Connect</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/header_bar.py" line="49" />
            <source>Sign out</source>
            <translation>Se déconnecter</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/header_bar.py" line="50" />
            <source>Sign out and wipe the session from this computer</source>
            <translation>Se déconnecter et effacer la session de cet ordinateur</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/header_bar.py" line="87" />
            <source>Mode: {mode}</source>
            <translation>Mode : {mode}</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/header_bar.py" line="94" />
            <source>System keyring</source>
            <translation>Trousseau système</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/header_bar.py" line="95" />
            <source>System keyring unavailable</source>
            <translation>Trousseau système indisponible</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/header_bar.py" line="96" />
            <source>Session in memory only</source>
            <translation>Session en mémoire uniquement</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/header_bar.py" line="97" />
            <source>Session not saved</source>
            <translation>Session non enregistrée</translation>
        </message>
    </context>
    <context>
        <name>IdentityCard</name>
        <message>
            <location filename="../../desktop_app/gui/views/identity_card.py" line="42" />
            <source>Signed-in practitioner</source>
            <translation>Professionnel connecté</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/identity_card.py" line="55" />
            <source>No practitioner identity to show.</source>
            <translation>Aucune identité de professionnel à afficher.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/identity_card.py" line="71" />
            <source>Practitioner name</source>
            <translation>Nom du professionnel</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/identity_card.py" line="76" />
            <source>National identifier:</source>
            <translation>Identifiant national :</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/identity_card.py" line="78" />
            <source>Civility:</source>
            <translation>Civilité :</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/identity_card.py" line="80" />
            <source>Signed in with:</source>
            <translation>Connecté avec :</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/identity_card.py" line="82" />
            <source>Authentication level (acr):</source>
            <translation>Niveau d'authentification (acr) :</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/identity_card.py" line="84" />
            <source>Organisation:</source>
            <translation>Organisation :</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/identity_card.py" line="87" />
            <source>Professions and activities</source>
            <translation>Professions et activités</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/identity_card.py" line="89" />
            <source>Pro Santé Connect sent no professional activity.</source>
            <translation>Pro Santé Connect n'a transmis aucune activité professionnelle.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/identity_card.py" line="104" />
            <source>Civility in practice: {civility}</source>
            <translation>Civilité d'exercice : {civility}</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/identity_card.py" line="107" />
            <source>Skill (savoir-faire): {code}</source>
            <translation>Savoir-faire : {code}</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/identity_card.py" line="111" />
            <source>No activity recorded for this profession.</source>
            <translation>Aucune activité enregistrée pour cette profession.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/identity_card.py" line="122" />
            <source>(unnamed structure)</source>
            <translation>(structure sans nom)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/identity_card.py" line="129" />
            <source>Identifier: {identifier}</source>
            <translation>Identifiant : {identifier}</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/identity_card.py" line="136" />
            <source>Mode of practice: {mode}</source>
            <translation>Mode d'exercice : {mode}</translation>
        </message>
    </context>
    <context>
        <name>KeyringBanner</name>
        <message>
            <location filename="../../desktop_app/gui/views/banners.py" line="69" />
            <source>System keyring problem</source>
            <translation>Problème de trousseau système</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/banners.py" line="70" />
            <source>The session cannot be kept in the system keyring</source>
            <translation>La session ne peut pas être conservée dans le trousseau système</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/banners.py" line="74" />
            <source>« Retry »: unlock the keyring (or start it), then retry; the session will survive a restart of the application.
« Keep the session in memory only »: you stay signed in until you close the application, and nothing is written to disk; you will sign in again next time.</source>
            <translation>« Réessayer » : déverrouillez le trousseau (ou démarrez-le), puis réessayez ; la session sera conservée au prochain démarrage de l'application.
« Garder la session en mémoire uniquement » : vous restez connecté jusqu'à la fermeture de l'application, rien n'est écrit sur le disque ; vous vous reconnecterez la prochaine fois.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/banners.py" line="80" />
            <source>Retry</source>
            <translation>Réessayer</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/banners.py" line="81" />
            <source>Retry the system keyring</source>
            <translation>Réessayer le trousseau système</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/banners.py" line="82" />
            <source>Keep the session in memory only</source>
            <translation>Garder la session en mémoire uniquement</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/banners.py" line="83" />
            <source>Keep the session in memory only, until the application closes</source>
            <translation>Garder la session en mémoire uniquement, jusqu'à la fermeture de l'application</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../desktop_app/gui/main_window.py" line="43" />
            <source>Pro Santé Connect — reference client</source>
            <translation>Pro Santé Connect — client de référence</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/main_window.py" line="45" />
            <location filename="../../desktop_app/gui/main_window.py" line="48" />
            <source>Loading…</source>
            <translation>Chargement…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/main_window.py" line="75" />
            <source>You are not signed in. Choose « Sign in » to identify yourself with Pro Santé Connect (CPS card or e-CPS) in your web browser.</source>
            <translation>Vous n'êtes pas connecté. Choisissez « Se connecter » pour vous identifier avec Pro Santé Connect (carte CPS ou e-CPS) dans votre navigateur web.</translation>
        </message>
    </context>
    <context>
        <name>SessionController</name>
        <message>
            <location filename="../../desktop_app/gui/controllers/session_controller.py" line="156" />
            <source>Opening the environment…</source>
            <translation>Ouverture de l'environnement…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/controllers/session_controller.py" line="181" />
            <source>Preparing the environment…</source>
            <translation>Préparation de l'environnement…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/controllers/session_controller.py" line="201" />
            <source>Ready.</source>
            <translation>Prêt.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/controllers/session_controller.py" line="236" />
            <source>Preparing the sign-in…</source>
            <translation>Préparation de la connexion…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/controllers/session_controller.py" line="240" />
            <source>Waiting for the sign-in in the browser…</source>
            <translation>En attente de la connexion dans le navigateur…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/controllers/session_controller.py" line="248" />
            <source>Signed in: {name}.</source>
            <translation>Connecté : {name}.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/controllers/session_controller.py" line="250" />
            <location filename="../../desktop_app/gui/controllers/session_controller.py" line="259" />
            <source>Sign-in cancelled.</source>
            <translation>Connexion annulée.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/controllers/session_controller.py" line="275" />
            <source>Signing out…</source>
            <translation>Déconnexion en cours…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/controllers/session_controller.py" line="289" />
            <source>Signed out, also at Pro Santé Connect.</source>
            <translation>Déconnecté, y compris de Pro Santé Connect.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/controllers/session_controller.py" line="291" />
            <source>Signed out: the session was wiped from this computer.</source>
            <translation>Déconnecté : la session a été effacée de cet ordinateur.</translation>
        </message>
    </context>
    <context>
        <name>SessionPanel</name>
        <message>
            <location filename="../../desktop_app/gui/views/session_panel.py" line="31" />
            <location filename="../../desktop_app/gui/views/session_panel.py" line="35" />
            <source>Session</source>
            <translation>Session</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/session_panel.py" line="43" />
            <source>Access token:</source>
            <translation>Jeton d'accès :</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/session_panel.py" line="44" />
            <source>Refresh token:</source>
            <translation>Jeton de rafraîchissement :</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/session_panel.py" line="45" />
            <source>Signed in at:</source>
            <translation>Connecté depuis :</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/session_panel.py" line="74" />
            <source>session expired</source>
            <translation>session expirée</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/session_panel.py" line="74" />
            <source>not signed in</source>
            <translation>non connecté</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/session_panel.py" line="86" />
            <source>no expiry announced</source>
            <translation>aucune expiration annoncée</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/session_panel.py" line="86" />
            <source>none held — renewal pending</source>
            <translation>aucun — renouvellement en attente</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/session_panel.py" line="89" />
            <source>expired — renewal pending</source>
            <translation>expiré — renouvellement en cours</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/session_panel.py" line="89" />
            <source>expired</source>
            <translation>expiré</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/session_panel.py" line="90" />
            <source>expires in {remaining} (at {time})</source>
            <translation>expire dans {remaining} (à {time})</translation>
        </message>
    </context>
    <context>
        <name>SignInDialog</name>
        <message>
            <location filename="../../desktop_app/gui/views/sign_in_dialog.py" line="34" />
            <source>Sign-in in progress</source>
            <translation>Connexion en cours</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/sign_in_dialog.py" line="38" />
            <source>Sign-in in progress…</source>
            <translation>Connexion en cours…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/sign_in_dialog.py" line="42" />
            <source>Complete the sign-in in your web browser with Pro Santé Connect: choose your CPS card or e-CPS. This window closes by itself once you are signed in.</source>
            <translation>Terminez la connexion à Pro Santé Connect dans votre navigateur web : choisissez votre carte CPS ou e-CPS. Cette fenêtre se fermera d'elle-même une fois la connexion établie.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/sign_in_dialog.py" line="50" />
            <source>Waiting for the browser</source>
            <translation>En attente du navigateur</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/sign_in_dialog.py" line="54" />
            <source>The web browser could not be opened. Copy the link and paste it into your browser's address bar.</source>
            <translation>Le navigateur web n'a pas pu être ouvert. Copiez le lien et collez-le dans la barre d'adresse de votre navigateur.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/sign_in_dialog.py" line="59" />
            <source>Link copied to the clipboard.</source>
            <translation>Lien copié dans le presse-papiers.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/sign_in_dialog.py" line="80" />
            <source>Reopen the browser</source>
            <translation>Rouvrir le navigateur</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/sign_in_dialog.py" line="81" />
            <source>Reopen the browser on the sign-in page</source>
            <translation>Rouvrir le navigateur sur la page de connexion</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/sign_in_dialog.py" line="82" />
            <source>Copy the link</source>
            <translation>Copier le lien</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/sign_in_dialog.py" line="83" />
            <source>Copy the sign-in link to the clipboard</source>
            <translation>Copier le lien de connexion dans le presse-papiers</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/sign_in_dialog.py" line="84" />
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/sign_in_dialog.py" line="85" />
            <source>Cancel the sign-in</source>
            <translation>Annuler la connexion</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/sign_in_dialog.py" line="122" />
            <source>Time is up: the sign-in is being abandoned.</source>
            <translation>Délai dépassé : la connexion est abandonnée.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/sign_in_dialog.py" line="124" />
            <source>Time left: {remaining}</source>
            <translation>Temps restant : {remaining}</translation>
        </message>
    </context>
    <context>
        <name>SignInRequiredBanner</name>
        <message>
            <location filename="../../desktop_app/gui/views/banners.py" line="43" />
            <source>Session expired</source>
            <translation>Session expirée</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/banners.py" line="44" />
            <source>Your session has expired — sign in again</source>
            <translation>Votre session a expiré — reconnectez-vous</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/banners.py" line="46" />
            <source>Sign in again</source>
            <translation>Se reconnecter</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/banners.py" line="47" />
            <source>Sign in again with Pro Santé Connect</source>
            <translation>Se reconnecter avec Pro Santé Connect</translation>
        </message>
    </context>
    <context>
        <name>application</name>
        <message>
            <location filename="../../desktop_app/gui/application.py" line="83" />
            <source>Pro Santé Connect — reference client</source>
            <translation>Pro Santé Connect — client de référence</translation>
        </message>
    </context>
    <context>
        <name>cli</name>
        <message>
            <location filename="../../desktop_app/cli.py" line="87" />
            <source>Interrupted.</source>
            <translation>Interrompu.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/cli.py" line="95" />
            <location filename="../../desktop_app/cli.py" line="261" />
            <source>Error: </source>
            <translation>Erreur : </translation>
        </message>
        <message>
            <location filename="../../desktop_app/cli.py" line="95" />
            <source> (details in the log file)</source>
            <translation> (détails dans le fichier journal)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/cli.py" line="104" />
            <source>No graphical display found (DISPLAY and WAYLAND_DISPLAY are not set). Start the application from a desktop session, run it on a virtual screen (xvfb-run desktop-app), or use the command line: desktop-app login, desktop-app status.</source>
            <translation>Aucun écran graphique détecté (DISPLAY et WAYLAND_DISPLAY ne sont pas définis). Lancez l'application depuis une session de bureau, sur un écran virtuel (xvfb-run desktop-app), ou utilisez la ligne de commande : desktop-app login, desktop-app status.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/cli.py" line="147" />
            <source>Open this address in your browser to sign in:</source>
            <translation>Ouvrez cette adresse dans votre navigateur pour vous connecter :</translation>
        </message>
        <message>
            <location filename="../../desktop_app/cli.py" line="149" />
            <source>Waiting for the browser (up to {seconds} s)…</source>
            <translation>En attente du navigateur (jusqu'à {seconds} s)…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/cli.py" line="161" />
            <source>Signed in, but the session could not be saved in the system keyring, so it was closed:</source>
            <translation>Connecté, mais la session n'a pas pu être enregistrée dans le trousseau système ; elle a donc été fermée :</translation>
        </message>
        <message>
            <location filename="../../desktop_app/cli.py" line="168" />
            <source>Signed in: {name} ({national_id}).</source>
            <translation>Connecté : {name} ({national_id}).</translation>
        </message>
        <message>
            <location filename="../../desktop_app/cli.py" line="184" />
            <source>Not signed in ({environment}).</source>
            <translation>Non connecté ({environment}).</translation>
        </message>
        <message>
            <location filename="../../desktop_app/cli.py" line="188" />
            <source>Signed in ({environment}): {name} ({national_id})</source>
            <translation>Connecté ({environment}) : {name} ({national_id})</translation>
        </message>
        <message>
            <location filename="../../desktop_app/cli.py" line="194" />
            <source>  access token expires:  {when}</source>
            <translation>  expiration du jeton d'accès :              {when}</translation>
        </message>
        <message>
            <location filename="../../desktop_app/cli.py" line="195" />
            <source>  refresh token expires: {when}</source>
            <translation>  expiration du jeton de rafraîchissement :  {when}</translation>
        </message>
        <message>
            <location filename="../../desktop_app/cli.py" line="225" />
            <source>Not signed in: local secrets wiped.</source>
            <translation>Non connecté : secrets locaux effacés.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/cli.py" line="232" />
            <source>Signed out. Local secrets wiped.</source>
            <translation>Déconnecté. Secrets locaux effacés.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/cli.py" line="234" />
            <source>  refresh token revoked at the identity provider</source>
            <translation>  jeton de rafraîchissement révoqué auprès du fournisseur d'identité</translation>
        </message>
        <message>
            <location filename="../../desktop_app/cli.py" line="236" />
            <source>  identity provider session ended</source>
            <translation>  session du fournisseur d'identité terminée</translation>
        </message>
    </context>
    <context>
        <name>durations</name>
        <message>
            <location filename="../../desktop_app/gui/views/durations.py" line="20" />
            <source>{hours} h {minutes:02d} min</source>
            <translation>{hours} h {minutes:02d} min</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/durations.py" line="24" />
            <source>{minutes} min {seconds:02d} s</source>
            <translation>{minutes} min {seconds:02d} s</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/durations.py" line="27" />
            <source>{seconds} s</source>
            <translation>{seconds} s</translation>
        </message>
    </context>
    <context>
        <name>errors</name>
        <message>
            <location filename="../../desktop_app/gui/error_messages.py" line="26" />
            <source>The configuration is invalid: {detail}</source>
            <translation>La configuration est invalide : {detail}</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/error_messages.py" line="27" />
            <source>Unknown setting {key} in {file}. Check its spelling.</source>
            <translation>Paramètre inconnu {key} dans {file}. Vérifiez son orthographe.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/error_messages.py" line="28" />
            <source>The environment {environment} is not defined in the configuration.</source>
            <translation>L'environnement {environment} n'est pas défini dans la configuration.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/error_messages.py" line="29" />
            <source>The configuration file {file} does not exist.</source>
            <translation>Le fichier de configuration {file} n'existe pas.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/error_messages.py" line="30" />
            <source>The configuration file {file} cannot be read: {detail}</source>
            <translation>Le fichier de configuration {file} ne peut pas être lu : {detail}</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/error_messages.py" line="31" />
            <source>{key} must use https:// (plain http is only accepted on 127.0.0.1).</source>
            <translation>{key} doit utiliser https:// (le http simple n'est accepté que sur 127.0.0.1).</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/error_messages.py" line="32" />
            <source>The environment {environment} needs a client_id in the configuration.</source>
            <translation>L'environnement {environment} nécessite un client_id dans la configuration.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/error_messages.py" line="34" />
            <source>The client secret is missing: set the environment variable named by client_secret_env.</source>
            <translation>Le secret client est absent : définissez la variable d'environnement indiquée par client_secret_env.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/error_messages.py" line="36" />
            <source>The CA bundle {file} cannot be read. Check the ca_bundle setting.</source>
            <translation>Le fichier d'autorités de certification {file} ne peut pas être lu. Vérifiez le paramètre ca_bundle.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/error_messages.py" line="37" />
            <source>The identity provider does not support PKCE S256: sign-in is refused.</source>
            <translation>Le fournisseur d'identité ne prend pas en charge PKCE S256 : la connexion est refusée.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/error_messages.py" line="39" />
            <source>Cannot reach {origin}. Check the network connection, the proxy settings, or try again later.</source>
            <translation>Impossible de joindre {origin}. Vérifiez la connexion réseau, les réglages du proxy, ou réessayez plus tard.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/error_messages.py" line="41" />
            <source>{origin} did not answer in time. Try again in a moment.</source>
            <translation>{origin} n'a pas répondu à temps. Réessayez dans un instant.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/error_messages.py" line="43" />
            <source>The secure connection to {origin} failed: the server's certificate is not trusted or the connection was refused. Check the date of this computer and the ca_bundle setting.</source>
            <translation>La connexion sécurisée à {origin} a échoué : le certificat du serveur n'est pas reconnu ou la connexion a été refusée. Vérifiez la date de cet ordinateur et le paramètre ca_bundle.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/error_messages.py" line="46" />
            <source>{origin} is having trouble (HTTP {status}). Try again later.</source>
            <translation>{origin} rencontre des difficultés (HTTP {status}). Réessayez plus tard.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/error_messages.py" line="47" />
            <source>The server sent an unexpected answer ({what}). Try again later.</source>
            <translation>Le serveur a envoyé une réponse inattendue ({what}). Réessayez plus tard.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/error_messages.py" line="48" />
            <source>The identity provider's configuration does not match its address.</source>
            <translation>La configuration du fournisseur d'identité ne correspond pas à son adresse.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/error_messages.py" line="49" />
            <source>The identity provider announces an insecure (http) address: refused.</source>
            <translation>Le fournisseur d'identité annonce une adresse non sécurisée (http) : refusée.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/error_messages.py" line="51" />
            <source>The identity provider's configuration lacks {field}. Check the issuer address in the configuration.</source>
            <translation>Il manque {field} dans la configuration du fournisseur d'identité. Vérifiez l'adresse de l'émetteur (issuer) dans la configuration.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/error_messages.py" line="54" />
            <source>The identity provider's configuration was not found. Check the issuer address in the configuration.</source>
            <translation>La configuration du fournisseur d'identité est introuvable. Vérifiez l'adresse de l'émetteur (issuer) dans la configuration.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/error_messages.py" line="56" />
            <source>The identity provider offers no userinfo endpoint: your identity cannot be read.</source>
            <translation>Le fournisseur d'identité ne propose pas de point d'accès userinfo : votre identité ne peut pas être lue.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/error_messages.py" line="57" />
            <source>The identity provider's signing keys cannot be read. Try again later.</source>
            <translation>Les clés de signature du fournisseur d'identité ne peuvent pas être lues. Réessayez plus tard.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/error_messages.py" line="58" />
            <source>The identity provider announces its signing keys at an insecure (http) address.</source>
            <translation>Le fournisseur d'identité publie ses clés de signature à une adresse non sécurisée (http).</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/error_messages.py" line="59" />
            <source>The identity provider publishes no signing key this application can use.</source>
            <translation>Le fournisseur d'identité ne publie aucune clé de signature utilisable par cette application.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/error_messages.py" line="60" />
            <source>The identity provider's token answer is unusable. Try again later.</source>
            <translation>La réponse du fournisseur d'identité contenant les jetons est inutilisable. Réessayez plus tard.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/error_messages.py" line="61" />
            <source>The identity provider returned no identity token. Check the scope (openid).</source>
            <translation>Le fournisseur d'identité n'a renvoyé aucun jeton d'identité. Vérifiez la portée (openid).</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/error_messages.py" line="62" />
            <source>Your identity could not be read at Pro Santé Connect (HTTP {status}). Try again.</source>
            <translation>Votre identité n'a pas pu être lue auprès de Pro Santé Connect (HTTP {status}). Réessayez.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/error_messages.py" line="63" />
            <source>The identity provider refused the request ({error}).</source>
            <translation>Le fournisseur d'identité a refusé la demande ({error}).</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/error_messages.py" line="64" />
            <source>Sign-in was cancelled in the browser. You can try again.</source>
            <translation>La connexion a été annulée dans le navigateur. Vous pouvez réessayer.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/error_messages.py" line="65" />
            <source>The sign-in expired before it completed. Please sign in again.</source>
            <translation>La connexion a expiré avant d'aboutir. Veuillez vous reconnecter.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/error_messages.py" line="66" />
            <source>The identity provider does not recognise this application (client_id).</source>
            <translation>Le fournisseur d'identité ne reconnaît pas cette application (client_id).</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/error_messages.py" line="67" />
            <source>Your Pro Santé Connect session has ended. Please sign in again.</source>
            <translation>Votre session Pro Santé Connect est terminée. Veuillez vous reconnecter.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/error_messages.py" line="68" />
            <source>The sign-in did not complete. Try again.</source>
            <translation>La connexion n'a pas abouti. Réessayez.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/error_messages.py" line="69" />
            <source>The sign-in address is not a web address a browser may open: refused.</source>
            <translation>L'adresse de connexion n'est pas une adresse web qu'un navigateur peut ouvrir : refusée.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/error_messages.py" line="70" />
            <source>No answer from the browser in time. Sign in again when you are ready.</source>
            <translation>Pas de réponse du navigateur dans le délai imparti. Reconnectez-vous quand vous serez prêt.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/error_messages.py" line="71" />
            <source>Sign-in cancelled.</source>
            <translation>Connexion annulée.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/error_messages.py" line="73" />
            <source>No local port is free for the browser's return ({ports}). Close other sign-ins and try again.</source>
            <translation>Aucun port local n'est libre pour le retour du navigateur ({ports}). Fermez les autres connexions en cours et réessayez.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/error_messages.py" line="75" />
            <source>The browser's answer does not come from the expected identity provider: refused.</source>
            <translation>La réponse reçue par le navigateur ne provient pas du fournisseur d'identité attendu : refusée.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/error_messages.py" line="76" />
            <source>The browser's answer carries no authorization code. Try again.</source>
            <translation>La réponse reçue par le navigateur ne contient pas de code d'autorisation. Réessayez.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/error_messages.py" line="77" />
            <source>No web browser could be opened. Copy the link and open it yourself.</source>
            <translation>Aucun navigateur web n'a pu être ouvert. Copiez le lien et ouvrez-le vous-même.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/error_messages.py" line="78" />
            <source>The identity provider's token failed verification: sign-in refused for your safety.</source>
            <translation>Le jeton du fournisseur d'identité n'a pas passé la vérification : connexion refusée pour votre sécurité.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/error_messages.py" line="79" />
            <source>The authentication level is too low for this application.</source>
            <translation>Le niveau d'authentification est insuffisant pour cette application.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/error_messages.py" line="80" />
            <source>The identity token has expired. Check this computer's date and time, then sign in.</source>
            <translation>Le jeton d'identité a expiré. Vérifiez la date et l'heure de cet ordinateur, puis connectez-vous.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/error_messages.py" line="81" />
            <source>The identity token is not valid yet. Check this computer's date and time.</source>
            <translation>Le jeton d'identité n'est pas encore valide. Vérifiez la date et l'heure de cet ordinateur.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/error_messages.py" line="82" />
            <source>You are not signed in. Sign in with Pro Santé Connect.</source>
            <translation>Vous n'êtes pas connecté. Connectez-vous avec Pro Santé Connect.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/error_messages.py" line="83" />
            <location filename="../../desktop_app/gui/error_messages.py" line="84" />
            <source>Your session has expired. Please sign in again.</source>
            <translation>Votre session a expiré. Veuillez vous reconnecter.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/error_messages.py" line="85" />
            <source>Pro Santé Connect ended your session. Please sign in again.</source>
            <translation>Pro Santé Connect a mis fin à votre session. Veuillez vous reconnecter.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/error_messages.py" line="86" />
            <source>No system keyring is available: the session cannot be kept safely on this computer.</source>
            <translation>Aucun trousseau système n'est disponible : la session ne peut pas être conservée de façon sûre sur cet ordinateur.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/error_messages.py" line="87" />
            <source>The system keyring is locked. Unlock it, or keep the session in memory only.</source>
            <translation>Le trousseau système est verrouillé. Déverrouillez-le, ou gardez la session en mémoire uniquement.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/error_messages.py" line="88" />
            <source>The system keyring does not answer. Unlock it, or keep the session in memory only.</source>
            <translation>Le trousseau système ne répond pas. Déverrouillez-le, ou gardez la session en mémoire uniquement.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/error_messages.py" line="89" />
            <source>The system keyring refused the operation.</source>
            <translation>Le trousseau système a refusé l'opération.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/error_messages.py" line="90" />
            <source>The encrypted session file cannot be written or read ({reason}).</source>
            <translation>Le fichier chiffré de la session ne peut pas être écrit ou lu ({reason}).</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/error_messages.py" line="92" />
            <source>The system keyring refused to delete the session. Remove it with your keyring tool.</source>
            <translation>Le trousseau système a refusé de supprimer la session. Supprimez-la avec l'outil de gestion du trousseau.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/error_messages.py" line="94" />
            <source>The client certificate cannot be used: {detail}</source>
            <translation>Le certificat client ne peut pas être utilisé : {detail}</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/error_messages.py" line="95" />
            <source>Pro Santé Connect did not return your national identifier.</source>
            <translation>Pro Santé Connect n'a pas renvoyé votre identifiant national.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/error_messages.py" line="97" />
            <source>The environment {environment} uses the Proxy e-Santé architecture, which this version cannot use yet. Choose a direct environment.</source>
            <translation>L'environnement {environment} utilise l'architecture Proxy e-Santé, que cette version ne sait pas encore utiliser. Choisissez un environnement en mode direct.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/error_messages.py" line="100" />
            <source>The embedded sandbox could not start: {detail}</source>
            <translation>Le bac à sable intégré n'a pas pu démarrer : {detail}</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/error_messages.py" line="102" />
            <source>The embedded sandbox cannot start: port {port} is already in use. Stop the other program, or choose other ports with the environment variable DESKTOP_APP_SANDBOX_PORT.</source>
            <translation>Le bac à sable intégré ne peut pas démarrer : le port {port} est déjà utilisé. Arrêtez l'autre programme, ou choisissez d'autres ports avec la variable d'environnement DESKTOP_APP_SANDBOX_PORT.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/error_messages.py" line="105" />
            <source>Something went wrong: {detail}</source>
            <translation>Une erreur inattendue s'est produite : {detail}</translation>
        </message>
    </context>
    <context>
        <name>nomenclature</name>
        <message>
            <location filename="../../desktop_app/gui/views/nomenclature.py" line="17" />
            <source>Physician</source>
            <translation>Médecin</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/nomenclature.py" line="18" />
            <source>Pharmacist</source>
            <translation>Pharmacien</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/nomenclature.py" line="19" />
            <source>Hearing-aid specialist</source>
            <translation>Audioprothésiste</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/nomenclature.py" line="20" />
            <source>Optician</source>
            <translation>Opticien-lunetier</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/nomenclature.py" line="21" />
            <source>Dental surgeon</source>
            <translation>Chirurgien-dentiste</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/nomenclature.py" line="22" />
            <source>Midwife</source>
            <translation>Sage-femme</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/nomenclature.py" line="23" />
            <source>Nurse</source>
            <translation>Infirmier</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/nomenclature.py" line="24" />
            <source>Physiotherapist</source>
            <translation>Masseur-kinésithérapeute</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/nomenclature.py" line="25" />
            <source>Podiatrist</source>
            <translation>Pédicure-podologue</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/nomenclature.py" line="26" />
            <source>Speech therapist</source>
            <translation>Orthophoniste</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/nomenclature.py" line="27" />
            <source>Orthoptist</source>
            <translation>Orthoptiste</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/nomenclature.py" line="28" />
            <source>Occupational therapist</source>
            <translation>Ergothérapeute</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/nomenclature.py" line="29" />
            <source>Psychomotor therapist</source>
            <translation>Psychomotricien</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/nomenclature.py" line="30" />
            <source>Radiographer</source>
            <translation>Manipulateur ERM</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/nomenclature.py" line="38" />
            <source>Self-employed</source>
            <translation>Libéral</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/nomenclature.py" line="39" />
            <source>Salaried</source>
            <translation>Salarié</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/nomenclature.py" line="40" />
            <source>Volunteer</source>
            <translation>Bénévole</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/nomenclature.py" line="48" />
            <source>Mr</source>
            <translation>Monsieur</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/nomenclature.py" line="49" />
            <source>Mrs</source>
            <translation>Madame</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/nomenclature.py" line="50" />
            <source>Miss</source>
            <translation>Mademoiselle</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/nomenclature.py" line="51" />
            <source>Doctor</source>
            <translation>Docteur</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/nomenclature.py" line="52" />
            <source>Professor</source>
            <translation>Professeur</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/nomenclature.py" line="60" />
            <source>Unknown</source>
            <translation>Inconnu</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/nomenclature.py" line="62" />
            <source>CPS card</source>
            <translation>Carte CPS</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/nomenclature.py" line="63" />
            <source>e-CPS</source>
            <translation>e-CPS</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/nomenclature.py" line="71" />
            <source>Sandbox (local)</source>
            <translation>Bac à sable (local)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/nomenclature.py" line="72" />
            <source>PSC test (BAS)</source>
            <translation>PSC test (BAS)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/nomenclature.py" line="73" />
            <source>PSC production</source>
            <translation>PSC production</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/nomenclature.py" line="81" />
            <source>Direct</source>
            <translation>Direct</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/nomenclature.py" line="82" />
            <source>Proxy e-Santé</source>
            <translation>Proxy e-Santé</translation>
        </message>
    </context>
</TS>
