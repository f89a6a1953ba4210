<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
    <context>
        <name>ApiConsoleController</name>
        <message>
            <location filename="../../desktop_app/gui/controllers/api_call.py" line="134" />
            <source>Choose an API configured for this environment.</source>
            <translation>Choisissez une API configurée pour cet environnement.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/controllers/api_call.py" line="164" />
            <source>The request body is not valid JSON (line {line}, column {column}): {reason}.</source>
            <translation>Le corps de la requête n'est pas un JSON valide (ligne {line}, colonne {column}) : {reason}.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/controllers/api_console_controller.py" line="139" />
            <source>No certificate is in use: choose one on the « Certificates » page, then send again.</source>
            <translation>Aucun certificat n'est utilisé : choisissez-en un dans l'onglet « Certificats », puis envoyez à nouveau.</translation>
        </message>
    </context>
    <context>
        <name>ApiConsolePage</name>
        <message>
            <location filename="../../desktop_app/gui/views/api_console_page.py" line="60" />
            <source>API</source>
            <translation>API</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/api_console_page.py" line="64" />
            <source>HTTP method</source>
            <translation>Méthode HTTP</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/api_console_page.py" line="66" />
            <source>Path or address</source>
            <translation>Chemin ou adresse</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/api_console_page.py" line="67" />
            <source>/path, or a full address on the API's server</source>
            <translation>/chemin, ou adresse complète sur le serveur de l'API</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/api_console_page.py" line="70" />
            <source>Request body (JSON)</source>
            <translation>Corps de la requête (JSON)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/api_console_page.py" line="75" />
            <source>Send</source>
            <translation>Envoyer</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/api_console_page.py" line="77" />
            <source>Send the request (Ctrl+Enter)</source>
            <translation>Envoyer la requête (Ctrl+Entrée)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/api_console_page.py" line="78" />
            <source>SessionData example</source>
            <translation>Exemple SessionData</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/api_console_page.py" line="79" />
            <source>Replace the body with a SessionData example</source>
            <translation>Remplacer le corps par un exemple SessionData</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/api_console_page.py" line="80" />
            <source>No API is configured for this environment.</source>
            <translation>Aucune API n'est configurée pour cet environnement.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/api_console_page.py" line="84" />
            <source>Calls of this session</source>
            <translation>Appels de cette session</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/api_console_page.py" line="85" />
            <source>Reuse this request</source>
            <translation>Reprendre cette requête</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/api_console_page.py" line="86" />
            <source>Put the selected call's request back in the form</source>
            <translation>Remettre dans le formulaire la requête de l'appel choisi</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/api_console_page.py" line="104" />
            <source>&amp;Request:</source>
            <translation>&amp;Requête :</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/api_console_page.py" line="107" />
            <source>A&amp;PI:</source>
            <translation>A&amp;PI :</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/api_console_page.py" line="117" />
            <source>Request</source>
            <translation>Requête</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/api_console_page.py" line="120" />
            <source>Body (JSON):</source>
            <translation>Corps (JSON) :</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/api_console_page.py" line="124" />
            <source>History</source>
            <translation>Historique</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/api_console_page.py" line="131" />
            <source>Answer</source>
            <translation>Réponse</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/api_console_page.py" line="167" />
            <source>Certificate for this call: {name}</source>
            <translation>Certificat pour cet appel : {name}</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/api_console_page.py" line="169" />
            <source>No certificate in use: choose one on the « Certificates » page.</source>
            <translation>Aucun certificat utilisé : choisissez-en un dans l'onglet « Certificats ».</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/api_console_page.py" line="207" />
            <source>failed</source>
            <translation>échec</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/api_console_page.py" line="208" />
            <source>{time}  {method} {path} → {outcome} · {ms} ms</source>
            <translation>{time}  {method} {path} → {outcome} · {ms} ms</translation>
        </message>
    </context>
    <context>
        <name>CardsTree</name>
        <message>
            <location filename="../../desktop_app/gui/views/cards_tree.py" line="34" />
            <source>Card or certificate</source>
            <translation>Carte ou certificat</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/cards_tree.py" line="34" />
            <source>Details</source>
            <translation>Détails</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/cards_tree.py" line="37" />
            <source>Cards</source>
            <translation>Cartes</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/cards_tree.py" line="64" />
            <source>Object label: {label}</source>
            <translation>Libellé de l'objet : {label}</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/cards_tree.py" line="70" />
            <source>(no certificate)</source>
            <translation>(aucun certificat)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/cards_tree.py" line="75" />
            <source>slot {slot}</source>
            <translation>emplacement {slot}</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/cards_tree.py" line="79" />
            <source>PIN LOCKED</source>
            <translation>code PIN BLOQUÉ</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/cards_tree.py" line="81" />
            <source>last PIN try</source>
            <translation>dernier essai de code PIN</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/cards_tree.py" line="83" />
            <source>a wrong PIN was entered</source>
            <translation>un code PIN erroné a été saisi</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/cards_tree.py" line="84" />
            <source>RSA-PSS signatures</source>
            <translation>signatures RSA-PSS</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/cards_tree.py" line="84" />
            <source>PKCS#1 v1.5 signatures only</source>
            <translation>signatures PKCS#1 v1.5 uniquement</translation>
        </message>
    </context>
    <context>
        <name>CertificateDetails</name>
        <message>
            <location filename="../../desktop_app/gui/views/certificate_details.py" line="55" />
            <location filename="../../desktop_app/gui/views/certificate_details.py" line="56" />
            <source>Certificate details</source>
            <translation>Détails du certificat</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/certificate_details.py" line="74" />
            <source>Subject:</source>
            <translation>Sujet :</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/certificate_details.py" line="75" />
            <source>Issuer:</source>
            <translation>Émetteur :</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/certificate_details.py" line="76" />
            <source>Serial number:</source>
            <translation>Numéro de série :</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/certificate_details.py" line="77" />
            <source>Valid from:</source>
            <translation>Valide à partir du :</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/certificate_details.py" line="78" />
            <source>Valid until:</source>
            <translation>Valide jusqu'au :</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/certificate_details.py" line="79" />
            <source>Structure identifier:</source>
            <translation>Identifiant de structure :</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/certificate_details.py" line="80" />
            <source>SHA-256 thumbprint:</source>
            <translation>Empreinte SHA-256 :</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/certificate_details.py" line="81" />
            <source>x5t#S256 (RFC 8705):</source>
            <translation>x5t#S256 (RFC 8705) :</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/certificate_details.py" line="91" />
            <source>Choose a certificate to see its details.</source>
            <translation>Choisissez un certificat pour voir ses détails.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/certificate_details.py" line="101" />
            <source>none (not a structure certificate)</source>
            <translation>aucun (ce n'est pas un certificat de structure)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/certificate_details.py" line="124" />
            <source>Expired: this certificate can no longer be used for mTLS.</source>
            <translation>Expiré : ce certificat ne peut plus servir à l'authentification mTLS.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/certificate_details.py" line="127" />
            <source>Expires in {days} days: ask for its renewal now.</source>
            <translation>Expire dans {days} jours : demandez son renouvellement dès maintenant.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/certificate_details.py" line="129" />
            <source>Valid</source>
            <translation>Valide</translation>
        </message>
    </context>
    <context>
        <name>CredentialsController</name>
        <message>
            <location filename="../../desktop_app/gui/controllers/credentials_controller.py" line="175" />
            <source>Certificate unlocked: {name}.</source>
            <translation>Certificat déverrouillé : {name}.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/controllers/credentials_controller.py" line="194" />
            <source>Certificate in use: {name}.</source>
            <translation>Certificat utilisé : {name}.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/controllers/credentials_controller.py" line="220" />
            <source>Certificate file imported: {name}.</source>
            <translation>Certificat logiciel importé : {name}.</translation>
        </message>
    </context>
    <context>
        <name>CredentialsPage</name>
        <message>
            <location filename="../../desktop_app/gui/views/credentials_page.py" line="86" />
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/credentials_page.py" line="86" />
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/credentials_page.py" line="86" />
            <source>Certificate</source>
            <translation>Certificat</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/credentials_page.py" line="86" />
            <source>Valid until</source>
            <translation>Valide jusqu'au</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/credentials_page.py" line="87" />
            <source>Configured certificates</source>
            <translation>Certificats configurés</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/credentials_page.py" line="93" />
            <source>Use this certificate</source>
            <translation>Utiliser ce certificat</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/credentials_page.py" line="95" />
            <source>Use the selected certificate for API calls</source>
            <translation>Utiliser le certificat choisi pour les appels d'API</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/credentials_page.py" line="96" />
            <source>Import a software certificate (.p12)…</source>
            <translation>Importer un certificat logiciel (.p12)…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/credentials_page.py" line="97" />
            <source>Import a software certificate from a PKCS#12 file</source>
            <translation>Importer un certificat logiciel depuis un fichier PKCS#12</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/credentials_page.py" line="98" />
            <source>Remove</source>
            <translation>Retirer</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/credentials_page.py" line="99" />
            <source>Remove the imported certificate from the list</source>
            <translation>Retirer de la liste le certificat importé</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/credentials_page.py" line="100" />
            <source>Unlock…</source>
            <translation>Déverrouiller…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/credentials_page.py" line="101" />
            <source>Type the password of the selected certificate file</source>
            <translation>Saisir le mot de passe du certificat logiciel choisi</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/credentials_page.py" line="103" />
            <source>Refresh</source>
            <translation>Actualiser</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/credentials_page.py" line="104" />
            <source>Read the certificates again</source>
            <translation>Relire les certificats</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/credentials_page.py" line="112" />
            <source>Refresh the cards</source>
            <translation>Actualiser les cartes</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/credentials_page.py" line="113" />
            <source>List the cards and their certificates (no PIN needed)</source>
            <translation>Lister les cartes et leurs certificats (sans code PIN)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/credentials_page.py" line="115" />
            <source>Insert the card, then choose « Refresh the cards ».</source>
            <translation>Insérez la carte, puis choisissez « Actualiser les cartes ».</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/credentials_page.py" line="126" />
            <source>The certificate in use authenticates this workstation to the APIs (mutual TLS): the structure's software certificate or the personal certificate of a CPS card.</source>
            <translation>Le certificat utilisé authentifie ce poste auprès des API (TLS mutuel) : le certificat logiciel de la structure ou le certificat personnel d'une carte CPS.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/credentials_page.py" line="144" />
            <source>Certificates for API calls</source>
            <translation>Certificats pour les appels d'API</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/credentials_page.py" line="149" />
            <source>Cards (PKCS#11)</source>
            <translation>Cartes (PKCS#11)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/credentials_page.py" line="174" />
            <source>No certificate is configured. Import a software certificate (.p12).</source>
            <translation>Aucun certificat n'est configuré. Importez un certificat logiciel (.p12).</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/credentials_page.py" line="178" />
            <source>Choose a certificate in the list to see its details.</source>
            <translation>Choisissez un certificat dans la liste pour voir ses détails.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/credentials_page.py" line="184" />
            <source>No certificate is in use: choose one to call the APIs.</source>
            <translation>Aucun certificat n'est utilisé : choisissez-en un pour appeler les API.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/credentials_page.py" line="186" />
            <source>In use for API calls: {name}</source>
            <translation>Utilisé pour les appels d'API : {name}</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/credentials_page.py" line="214" />
            <source>reading…</source>
            <translation>lecture…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/credentials_page.py" line="217" />
            <source>locked (password needed)</source>
            <translation>verrouillé (mot de passe nécessaire)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/credentials_page.py" line="221" />
            <source>unusable</source>
            <translation>inutilisable</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/credentials_page.py" line="233" />
            <source>{date} (expired)</source>
            <translation>{date} (expiré)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/credentials_page.py" line="236" />
            <source>{date} (expires soon)</source>
            <translation>{date} (expire bientôt)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/credentials_page.py" line="245" />
            <source>Card (PKCS#11)</source>
            <translation>Carte (PKCS#11)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/credentials_page.py" line="247" />
            <source>Software certificate (imported)</source>
            <translation>Certificat logiciel (importé)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/credentials_page.py" line="248" />
            <source>Software certificate (PKCS#12)</source>
            <translation>Certificat logiciel (PKCS#12)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/credentials_page.py" line="254" />
            <source>{count} card(s) found.</source>
            <translation>{count} carte(s) trouvée(s).</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/credentials_page.py" line="256" />
            <source>No card found. Check that the card is in the reader.</source>
            <translation>Aucune carte trouvée. Vérifiez que la carte est dans le lecteur.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/credentials_page.py" line="261" />
            <source>Looking for cards…</source>
            <translation>Recherche des cartes…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/credentials_page.py" line="285" />
            <source>Reading the certificate…</source>
            <translation>Lecture du certificat…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/credentials_page.py" line="325" />
            <source>Import a software certificate</source>
            <translation>Importer un certificat logiciel</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/credentials_page.py" line="327" />
            <source>PKCS#12 certificates (*.p12 *.pfx);;All files (*)</source>
            <translation>Certificats PKCS#12 (*.p12 *.pfx);;Tous les fichiers (*)</translation>
        </message>
    </context>
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
            <location filename="../../desktop_app/gui/views/header_bar.py" line="27" />
            <source>Pro Santé Connect — reference client</source>
            <translation>Pro Santé Connect — client de référence</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/header_bar.py" line="34" />
            <source>Environment</source>
            <translation>Environnement</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/header_bar.py" line="38" />
            <source>&amp;Environment:</source>
            <translation>&amp;Environnement :</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/header_bar.py" line="42" />
            <source>Architecture</source>
            <translation>Architecture</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/header_bar.py" line="44" />
            <source>Where the session is kept</source>
            <translation>Où la session est conservée</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/header_bar.py" line="46" />
            <source>Sign in</source>
            <translation>Se connecter</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/header_bar.py" line="48" />
            <source>Sign in with Pro Santé Connect</source>
            <translation>Se connecter avec Pro Santé Connect</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/header_bar.py" line="50" />
            <source>Sign out</source>
            <translation>Se déconnecter</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/header_bar.py" line="51" />
            <source>Sign out and wipe the session from this computer</source>
            <translation>Se déconnecter et effacer la session de cet ordinateur</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/header_bar.py" line="88" />
            <source>Mode: {mode}</source>
            <translation>Mode : {mode}</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/header_bar.py" line="95" />
            <source>System keyring</source>
            <translation>Trousseau système</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/header_bar.py" line="96" />
            <source>System keyring unavailable</source>
            <translation>Trousseau système indisponible</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/header_bar.py" line="97" />
            <source>Session in memory only</source>
            <translation>Session en mémoire uniquement</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/header_bar.py" line="98" />
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
            <location filename="../../desktop_app/gui/views/identity_card.py" line="73" />
            <source>Practitioner name</source>
            <translation>Nom du professionnel</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/identity_card.py" line="78" />
            <source>National identifier:</source>
            <translation>Identifiant national :</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/identity_card.py" line="80" />
            <source>Civility:</source>
            <translation>Civilité :</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/identity_card.py" line="82" />
            <source>Signed in with:</source>
            <translation>Connecté avec :</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/identity_card.py" line="84" />
            <source>Authentication level (acr):</source>
            <translation>Niveau d'authentification (acr) :</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/identity_card.py" line="86" />
            <source>Organisation:</source>
            <translation>Organisation :</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/identity_card.py" line="89" />
            <source>Professions and activities</source>
            <translation>Professions et activités</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/identity_card.py" line="91" />
            <source>Pro Santé Connect sent no professional activity.</source>
            <translation>Pro Santé Connect n'a transmis aucune activité professionnelle.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/identity_card.py" line="106" />
            <source>Civility in practice: {civility}</source>
            <translation>Civilité d'exercice : {civility}</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/identity_card.py" line="109" />
            <source>Skill (savoir-faire): {code}</source>
            <translation>Savoir-faire : {code}</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/identity_card.py" line="113" />
            <source>No activity recorded for this profession.</source>
            <translation>Aucune activité enregistrée pour cette profession.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/identity_card.py" line="124" />
            <source>(unnamed structure)</source>
            <translation>(structure sans nom)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/identity_card.py" line="131" />
            <source>Identifier: {identifier}</source>
            <translation>Identifiant : {identifier}</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/identity_card.py" line="138" />
            <source>Mode of practice: {mode}</source>
            <translation>Mode d'exercice : {mode}</translation>
        </message>
    </context>
    <context>
        <name>JsonTreeModel</name>
        <message>
            <location filename="../../desktop_app/gui/models/json_tree.py" line="63" />
            <source>(value)</source>
            <translation>(valeur)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/models/json_tree.py" line="148" />
            <source>Key</source>
            <translation>Clé</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/models/json_tree.py" line="148" />
            <source>Value</source>
            <translation>Valeur</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/models/json_tree.py" line="148" />
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/models/json_tree.py" line="163" />
            <source>1 key</source>
            <translation>1 clé</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/models/json_tree.py" line="163" />
            <source>{count} keys</source>
            <translation>{count} clés</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/models/json_tree.py" line="166" />
            <source>1 item</source>
            <translation>1 élément</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/models/json_tree.py" line="166" />
            <source>{count} items</source>
            <translation>{count} éléments</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/models/json_tree.py" line="176" />
            <source>object</source>
            <translation>objet</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/models/json_tree.py" line="178" />
            <source>array</source>
            <translation>tableau</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/models/json_tree.py" line="180" />
            <source>string</source>
            <translation>texte</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/models/json_tree.py" line="182" />
            <source>boolean</source>
            <translation>booléen</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/models/json_tree.py" line="185" />
            <source>number</source>
            <translation>nombre</translation>
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
            <location filename="../../desktop_app/gui/main_window.py" line="53" />
            <source>Pro Santé Connect — reference client</source>
            <translation>Pro Santé Connect — client de référence</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/main_window.py" line="55" />
            <location filename="../../desktop_app/gui/main_window.py" line="58" />
            <source>Loading…</source>
            <translation>Chargement…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/main_window.py" line="87" />
            <source>You are not signed in. Choose « Sign in » to identify yourself with Pro Santé Connect (CPS card or e-CPS) in your web browser.</source>
            <translation>Vous n'êtes pas connecté. Choisissez « Se connecter » pour vous identifier avec Pro Santé Connect (carte CPS ou e-CPS) dans votre navigateur web.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/main_window.py" line="128" />
            <source>&amp;Session</source>
            <translation>&amp;Session</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/main_window.py" line="130" />
            <source>&amp;Certificates</source>
            <translation>&amp;Certificats</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/main_window.py" line="130" />
            <source>&amp;API console</source>
            <translation>Console &amp;API</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/main_window.py" line="234" />
            <source>API call finished: HTTP {status}.</source>
            <translation>Appel d'API terminé : HTTP {status}.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/main_window.py" line="236" />
            <source>API call failed.</source>
            <translation>L'appel d'API a échoué.</translation>
        </message>
    </context>
    <context>
        <name>ResponseView</name>
        <message>
            <location filename="../../desktop_app/gui/views/response_view.py" line="76" />
            <source>Sign in</source>
            <translation>Se connecter</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/response_view.py" line="77" />
            <source>Sign in with Pro Santé Connect</source>
            <translation>Se connecter avec Pro Santé Connect</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/response_view.py" line="84" />
            <source>Receiving the answer</source>
            <translation>Réception de la réponse</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/response_view.py" line="90" />
            <source>Answer as a JSON tree</source>
            <translation>Réponse sous forme d'arbre JSON</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/response_view.py" line="98" />
            <source>Answer as text</source>
            <translation>Réponse sous forme de texte</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/response_view.py" line="100" />
            <source>Header</source>
            <translation>En-tête</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/response_view.py" line="100" />
            <source>Value</source>
            <translation>Valeur</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/response_view.py" line="102" />
            <source>Answer headers</source>
            <translation>En-têtes de la réponse</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/response_view.py" line="104" />
            <source>JSON tree</source>
            <translation>Arbre JSON</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/response_view.py" line="105" />
            <source>Raw text</source>
            <translation>Texte brut</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/response_view.py" line="106" />
            <source>Headers</source>
            <translation>En-têtes</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/response_view.py" line="141" />
            <source>No answer yet: send a request.</source>
            <translation>Pas encore de réponse : envoyez une requête.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/response_view.py" line="155" />
            <source>Sending…</source>
            <translation>Envoi…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/response_view.py" line="157" />
            <source>Waiting for the answer…</source>
            <translation>En attente de la réponse…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/response_view.py" line="162" />
            <source>{size} received</source>
            <translation>{size} reçus</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/response_view.py" line="185" />
            <source>No answer</source>
            <translation>Pas de réponse</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/response_view.py" line="189" />
            <source>HTTP {status}</source>
            <translation>HTTP {status}</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/response_view.py" line="193" />
            <source>{ms} ms</source>
            <translation>{ms} ms</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/response_view.py" line="195" />
            <source>no content type</source>
            <translation>type de contenu non indiqué</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/response_view.py" line="205" />
            <source>Error code: {code}</source>
            <translation>Code d'erreur : {code}</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/response_view.py" line="216" />
            <source>— The API token carries no certificate binding (cnf) to check</source>
            <translation>— Le jeton d'API ne porte aucune liaison au certificat (cnf) à vérifier</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/response_view.py" line="220" />
            <source>✔ Token bound to the certificate</source>
            <translation>✔ Jeton lié au certificat</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/response_view.py" line="222" />
            <source>✘ Token NOT bound to the certificate in use</source>
            <translation>✘ Jeton NON lié au certificat utilisé</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/response_view.py" line="224" />
            <source>Certificate {credential} (x5t#S256, {encoding}): {thumbprint}
Token cnf.x5t#S256: {cnf}</source>
            <translation>Certificat {credential} (x5t#S256, {encoding}) : {thumbprint}
Jeton cnf.x5t#S256 : {cnf}</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/response_view.py" line="256" />
            <source>… (lines longer than 2,000 characters are cut for display)</source>
            <translation>… (les lignes de plus de 2 000 caractères sont coupées pour l'affichage)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/response_view.py" line="258" />
            <source>… (display cut here: the answer is longer)</source>
            <translation>… (affichage arrêté ici : la réponse est plus longue)</translation>
        </message>
    </context>
    <context>
        <name>SecretDialog</name>
        <message>
            <location filename="../../desktop_app/gui/views/secret_dialog.py" line="63" />
            <source>Confirm</source>
            <translation>Valider</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/secret_dialog.py" line="64" />
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/secret_dialog.py" line="86" />
            <location filename="../../desktop_app/gui/views/secret_dialog.py" line="89" />
            <source>Card PIN</source>
            <translation>Code PIN de la carte</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/secret_dialog.py" line="87" />
            <source>Enter the PIN of the card « {label} »</source>
            <translation>Saisissez le code PIN de la carte « {label} »</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/secret_dialog.py" line="88" />
            <source>&amp;PIN:</source>
            <translation>Code &amp;PIN :</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/secret_dialog.py" line="90" />
            <source>The PIN is used for this connection only; it is never saved.</source>
            <translation>Le code PIN sert à cette connexion uniquement ; il n'est jamais enregistré.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/secret_dialog.py" line="91" />
            <source>Incorrect PIN. Try again.</source>
            <translation>Code PIN incorrect. Réessayez.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/secret_dialog.py" line="93" />
            <source>Certificate password</source>
            <translation>Mot de passe du certificat</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/secret_dialog.py" line="95" />
            <source>Enter the password of the certificate file « {label} »</source>
            <translation>Saisissez le mot de passe du certificat logiciel « {label} »</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/secret_dialog.py" line="97" />
            <source>&amp;Password:</source>
            <translation>&amp;Mot de passe :</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/secret_dialog.py" line="98" />
            <source>Certificate file password</source>
            <translation>Mot de passe du certificat logiciel</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/secret_dialog.py" line="99" />
            <source>The password is used to open the file only; it is never saved.</source>
            <translation>Le mot de passe sert uniquement à ouvrir le fichier ; il n'est jamais enregistré.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/secret_dialog.py" line="100" />
            <source>Incorrect password. Try again.</source>
            <translation>Mot de passe incorrect. Réessayez.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/secret_dialog.py" line="101" />
            <source>Credential: {name}</source>
            <translation>Certificat : {name}</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/secret_dialog.py" line="112" />
            <source>Last try: a wrong PIN will lock the card.</source>
            <translation>Dernier essai : un code PIN erroné bloquera la carte.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/secret_dialog.py" line="113" />
            <source>{count} tries left before the card locks.</source>
            <translation>Encore {count} essais avant le blocage de la carte.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/secret_dialog.py" line="115" />
            <source>A wrong PIN was already entered on this card: type it carefully.</source>
            <translation>Un code PIN erroné a déjà été saisi sur cette carte : tapez-le avec soin.</translation>
        </message>
    </context>
    <context>
        <name>SessionController</name>
        <message>
            <location filename="../../desktop_app/gui/controllers/session_controller.py" line="161" />
            <source>Opening the environment…</source>
            <translation>Ouverture de l'environnement…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/controllers/session_controller.py" line="186" />
            <source>Preparing the environment…</source>
            <translation>Préparation de l'environnement…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/controllers/session_controller.py" line="206" />
            <source>Ready.</source>
            <translation>Prêt.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/controllers/session_controller.py" line="241" />
            <source>Preparing the sign-in…</source>
            <translation>Préparation de la connexion…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/controllers/session_controller.py" line="245" />
            <source>Waiting for the sign-in in the browser…</source>
            <translation>En attente de la connexion dans le navigateur…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/controllers/session_controller.py" line="253" />
            <source>Signed in: {name}.</source>
            <translation>Connecté : {name}.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/controllers/session_controller.py" line="255" />
            <location filename="../../desktop_app/gui/controllers/session_controller.py" line="264" />
            <source>Sign-in cancelled.</source>
            <translation>Connexion annulée.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/controllers/session_controller.py" line="280" />
            <source>Signing out…</source>
            <translation>Déconnexion en cours…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/controllers/session_controller.py" line="294" />
            <source>Signed out, also at Pro Santé Connect.</source>
            <translation>Déconnecté, y compris de Pro Santé Connect.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/controllers/session_controller.py" line="296" />
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
            <location filename="../../desktop_app/gui/application.py" line="91" />
            <source>Pro Santé Connect — reference client</source>
            <translation>Pro Santé Connect — client de référence</translation>
        </message>
    </context>
    <context>
        <name>cli</name>
        <message>
            <location filename="../../desktop_app/cli/doctor.py" line="37" />
            <source>built-in configuration</source>
            <translation>configuration intégrée</translation>
        </message>
        <message>
            <location filename="../../desktop_app/cli/doctor.py" line="67" />
            <source>Configuration: {file}, environment {environment}</source>
            <translation>Configuration : {file}, environnement {environment}</translation>
        </message>
        <message>
            <location filename="../../desktop_app/cli/doctor.py" line="68" />
            <source>Name {host} resolves ({addresses})</source>
            <translation>Le nom {host} est résolu ({addresses})</translation>
        </message>
        <message>
            <location filename="../../desktop_app/cli/doctor.py" line="69" />
            <source>Name {host} does not resolve: {reason}</source>
            <translation>Le nom {host} n'est pas résolu : {reason}</translation>
        </message>
        <message>
            <location filename="../../desktop_app/cli/doctor.py" line="70" />
            <source>TLS with {origin}: server certificate trusted ({version})</source>
            <translation>TLS avec {origin} : certificat du serveur reconnu ({version})</translation>
        </message>
        <message>
            <location filename="../../desktop_app/cli/doctor.py" line="72" />
            <source>TLS with {origin}: server certificate trusted (the server requires a client certificate)</source>
            <translation>TLS avec {origin} : certificat du serveur reconnu (le serveur exige un certificat client)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/cli/doctor.py" line="74" />
            <source>TLS with {origin}: server certificate NOT trusted ({reason}). Check ca_bundle.</source>
            <translation>TLS avec {origin} : certificat du serveur NON reconnu ({reason}). Vérifiez ca_bundle.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/cli/doctor.py" line="75" />
            <source>TLS with {origin} refused: {reason}</source>
            <translation>TLS avec {origin} refusé : {reason}</translation>
        </message>
        <message>
            <location filename="../../desktop_app/cli/doctor.py" line="76" />
            <source>{origin} cannot be reached: {reason}</source>
            <translation>{origin} est injoignable : {reason}</translation>
        </message>
        <message>
            <location filename="../../desktop_app/cli/doctor.py" line="77" />
            <source>TLS with {origin} not checked: the CA bundle cannot be read</source>
            <translation>TLS avec {origin} non vérifié : le fichier d'autorités (ca_bundle) est illisible</translation>
        </message>
        <message>
            <location filename="../../desktop_app/cli/doctor.py" line="78" />
            <source>Clock: within {seconds} s of the identity provider</source>
            <translation>Horloge : à moins de {seconds} s du fournisseur d'identité</translation>
        </message>
        <message>
            <location filename="../../desktop_app/cli/doctor.py" line="79" />
            <source>Clock: {seconds} s {direction} of the identity provider. Set this computer's time.</source>
            <translation>Horloge : {seconds} s {direction} sur le fournisseur d'identité. Réglez l'heure de cet ordinateur.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/cli/doctor.py" line="80" />
            <source>Clock: not checked (no answer with a date from {url})</source>
            <translation>Horloge : non vérifiée (aucune réponse datée de {url})</translation>
        </message>
        <message>
            <location filename="../../desktop_app/cli/doctor.py" line="81" />
            <source>System keyring usable ({backend})</source>
            <translation>Trousseau système utilisable ({backend})</translation>
        </message>
        <message>
            <location filename="../../desktop_app/cli/doctor.py" line="82" />
            <source>System keyring unusable</source>
            <translation>Trousseau système inutilisable</translation>
        </message>
        <message>
            <location filename="../../desktop_app/cli/doctor.py" line="83" />
            <source>No certificate is chosen for API calls in the environment {environment}</source>
            <translation>Aucun certificat n'est choisi pour les appels d'API dans l'environnement {environment}</translation>
        </message>
        <message>
            <location filename="../../desktop_app/cli/doctor.py" line="84" />
            <source>Certificate « {credential} » not readable</source>
            <translation>Certificat « {credential} » illisible</translation>
        </message>
        <message>
            <location filename="../../desktop_app/cli/doctor.py" line="85" />
            <source>Certificate « {credential} » ({kind}): {subject}, issued by {issuer}</source>
            <translation>Certificat « {credential} » ({kind}) : {subject}, émis par {issuer}</translation>
        </message>
        <message>
            <location filename="../../desktop_app/cli/doctor.py" line="86" />
            <source>Certificate « {credential} » valid until {not_after}</source>
            <translation>Certificat « {credential} » valide jusqu'au {not_after}</translation>
        </message>
        <message>
            <location filename="../../desktop_app/cli/doctor.py" line="87" />
            <source>Certificate « {credential} » expires on {not_after}: renew it</source>
            <translation>Certificat « {credential} » expire le {not_after} : faites-le renouveler</translation>
        </message>
        <message>
            <location filename="../../desktop_app/cli/doctor.py" line="88" />
            <source>Certificate « {credential} » EXPIRED on {not_after}</source>
            <translation>Certificat « {credential} » EXPIRÉ le {not_after}</translation>
        </message>
        <message>
            <location filename="../../desktop_app/cli/doctor.py" line="89" />
            <source>Certificate « {credential} » not valid before {not_before}</source>
            <translation>Certificat « {credential} » non valide avant le {not_before}</translation>
        </message>
        <message>
            <location filename="../../desktop_app/cli/doctor.py" line="90" />
            <source>Certificate chain verified up to {root}</source>
            <translation>Chaîne de certification vérifiée jusqu'à {root}</translation>
        </message>
        <message>
            <location filename="../../desktop_app/cli/doctor.py" line="92" />
            <source>Certificate chain not verifiable here: {issuer} is not in {file} (the servers will check it)</source>
            <translation>Chaîne de certification non vérifiable ici : {issuer} n'est pas dans {file} (les serveurs la vérifieront)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/cli/doctor.py" line="94" />
            <source>Certificate chain verified by {origin}</source>
            <translation>Chaîne de certification vérifiée par {origin}</translation>
        </message>
        <message>
            <location filename="../../desktop_app/cli/doctor.py" line="95" />
            <source>Certificate chain not checked: the environment has no ca_bundle</source>
            <translation>Chaîne de certification non vérifiée : l'environnement n'a pas de ca_bundle</translation>
        </message>
        <message>
            <location filename="../../desktop_app/cli/doctor.py" line="96" />
            <source>Certificate chain not checked: {file} cannot be read</source>
            <translation>Chaîne de certification non vérifiée : {file} est illisible</translation>
        </message>
        <message>
            <location filename="../../desktop_app/cli/doctor.py" line="97" />
            <source>Mutual TLS with {origin}: certificate « {credential} » accepted</source>
            <translation>TLS mutuel avec {origin} : certificat « {credential} » accepté</translation>
        </message>
        <message>
            <location filename="../../desktop_app/cli/doctor.py" line="99" />
            <source>Mutual TLS with {origin} not tried: the secret of « {credential} » is not in the environment (password_env / pin_env)</source>
            <translation>TLS mutuel avec {origin} non essayé : le secret de « {credential} » n'est pas dans l'environnement (password_env / pin_env)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/cli/doctor.py" line="102" />
            <source>Mutual TLS with {origin}: certificate « {credential} » unusable</source>
            <translation>TLS mutuel avec {origin} : certificat « {credential} » inutilisable</translation>
        </message>
        <message>
            <location filename="../../desktop_app/cli/doctor.py" line="103" />
            <source>Mutual TLS with {origin}: certificate « {credential} » refused</source>
            <translation>TLS mutuel avec {origin} : certificat « {credential} » refusé</translation>
        </message>
        <message>
            <location filename="../../desktop_app/cli/doctor.py" line="104" />
            <source>Card « {label} » present: {subject} (signatures {signatures})</source>
            <translation>Carte « {label} » présente : {subject} (signatures {signatures})</translation>
        </message>
        <message>
            <location filename="../../desktop_app/cli/doctor.py" line="105" />
            <source>Card « {label} » not found (tokens present: {found})</source>
            <translation>Carte « {label} » introuvable (jetons présents : {found})</translation>
        </message>
        <message>
            <location filename="../../desktop_app/cli/doctor.py" line="106" />
            <source>Card « {label} »: PIN LOCKED</source>
            <translation>Carte « {label} » : code PIN BLOQUÉ</translation>
        </message>
        <message>
            <location filename="../../desktop_app/cli/doctor.py" line="107" />
            <source>Card « {label} »: no certificate « {key} »</source>
            <translation>Carte « {label} » : aucun certificat « {key} »</translation>
        </message>
        <message>
            <location filename="../../desktop_app/cli/doctor.py" line="108" />
            <source>Cards of {module} cannot be listed</source>
            <translation>Les cartes de {module} ne peuvent pas être listées</translation>
        </message>
        <message>
            <location filename="../../desktop_app/cli/doctor.py" line="109" />
            <source>Cards of {module} cannot be listed: {reason} (details in the log file)</source>
            <translation>Les cartes de {module} ne peuvent pas être listées : {reason} (détails dans le fichier journal)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/cli/doctor.py" line="113" />
            <source>ahead</source>
            <translation>en avance</translation>
        </message>
        <message>
            <location filename="../../desktop_app/cli/doctor.py" line="113" />
            <source>behind</source>
            <translation>en retard</translation>
        </message>
        <message>
            <location filename="../../desktop_app/cli/main.py" line="91" />
            <source>Interrupted.</source>
            <translation>Interrompu.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/cli/main.py" line="99" />
            <location filename="../../desktop_app/cli/sandbox_commands.py" line="42" />
            <location filename="../../desktop_app/cli/terminal.py" line="49" />
            <source>Error: </source>
            <translation>Erreur : </translation>
        </message>
        <message>
            <location filename="../../desktop_app/cli/main.py" line="99" />
            <source> (details in the log file)</source>
            <translation> (détails dans le fichier journal)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/cli/main.py" line="125" />
            <source>No graphical display found (DISPLAY and WAYLAND_DISPLAY are not set). Start the application from a desktop session, run it on a virtual screen (xvfb-run desktop-app), or use the command line: desktop-app login, desktop-app status.</source>
            <translation>Aucun écran graphique détecté (DISPLAY et WAYLAND_DISPLAY ne sont pas définis). Lancez l'application depuis une session de bureau, sur un écran virtuel (xvfb-run desktop-app), ou utilisez la ligne de commande : desktop-app login, desktop-app status.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/cli/sandbox_commands.py" line="45" />
            <source>Sandbox CPS card ready: token « {token} », key « {key} », test PIN {pin}.</source>
            <translation>Carte CPS du bac à sable prête : jeton « {token} », clé « {key} », code PIN de test {pin}.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/cli/sandbox_commands.py" line="49" />
            <source>  holder:        {subject}</source>
            <translation>  titulaire :     {subject}</translation>
        </message>
        <message>
            <location filename="../../desktop_app/cli/sandbox_commands.py" line="50" />
            <source>  PKCS#11 module: {module}</source>
            <translation>  module PKCS#11 : {module}</translation>
        </message>
        <message>
            <location filename="../../desktop_app/cli/sandbox_commands.py" line="51" />
            <source>  SOFTHSM2_CONF: {conf}</source>
            <translation>  SOFTHSM2_CONF : {conf}</translation>
        </message>
        <message>
            <location filename="../../desktop_app/cli/session_commands.py" line="35" />
            <source>Open this address in your browser to sign in:</source>
            <translation>Ouvrez cette adresse dans votre navigateur pour vous connecter :</translation>
        </message>
        <message>
            <location filename="../../desktop_app/cli/session_commands.py" line="37" />
            <source>Waiting for the browser (up to {seconds} s)…</source>
            <translation>En attente du navigateur (jusqu'à {seconds} s)…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/cli/session_commands.py" line="49" />
            <source>Signed in, but the session could not be saved in the system keyring, so it was closed:</source>
            <translation>Connecté, mais la session n'a pas pu être enregistrée dans le trousseau système ; elle a donc été fermée :</translation>
        </message>
        <message>
            <location filename="../../desktop_app/cli/session_commands.py" line="56" />
            <source>Signed in: {name} ({national_id}).</source>
            <translation>Connecté : {name} ({national_id}).</translation>
        </message>
        <message>
            <location filename="../../desktop_app/cli/session_commands.py" line="72" />
            <source>Not signed in ({environment}).</source>
            <translation>Non connecté ({environment}).</translation>
        </message>
        <message>
            <location filename="../../desktop_app/cli/session_commands.py" line="76" />
            <source>Signed in ({environment}): {name} ({national_id})</source>
            <translation>Connecté ({environment}) : {name} ({national_id})</translation>
        </message>
        <message>
            <location filename="../../desktop_app/cli/session_commands.py" line="82" />
            <source>  access token expires:  {when}</source>
            <translation>  expiration du jeton d'accès :              {when}</translation>
        </message>
        <message>
            <location filename="../../desktop_app/cli/session_commands.py" line="83" />
            <source>  refresh token expires: {when}</source>
            <translation>  expiration du jeton de rafraîchissement :  {when}</translation>
        </message>
        <message>
            <location filename="../../desktop_app/cli/session_commands.py" line="113" />
            <source>Not signed in: local secrets wiped.</source>
            <translation>Non connecté : secrets locaux effacés.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/cli/session_commands.py" line="120" />
            <source>Signed out. Local secrets wiped.</source>
            <translation>Déconnecté. Secrets locaux effacés.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/cli/session_commands.py" line="122" />
            <source>  refresh token revoked at the identity provider</source>
            <translation>  jeton de rafraîchissement révoqué auprès du fournisseur d'identité</translation>
        </message>
        <message>
            <location filename="../../desktop_app/cli/session_commands.py" line="124" />
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
            <location filename="../../desktop_app/gui/error_messages.py" line="96" />
            <source>The certificate file or the card was not found. Check its location in the configuration, or import the file again.</source>
            <translation>Le fichier du certificat ou la carte est introuvable. Vérifiez son emplacement dans la configuration, ou importez le fichier à nouveau.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/error_messages.py" line="99" />
            <source>Wrong password for the certificate file of {credential}.</source>
            <translation>Mot de passe incorrect pour le certificat logiciel {credential}.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/error_messages.py" line="101" />
            <source>The certificate of {credential} is protected by its password: it can be read once the password is given.</source>
            <translation>Le certificat {credential} est protégé par son mot de passe : il pourra être lu une fois le mot de passe saisi.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/error_messages.py" line="104" />
            <source>Incorrect card PIN. Check it before trying again: the card locks after too many wrong PINs.</source>
            <translation>Code PIN de la carte incorrect. Vérifiez-le avant de réessayer : la carte se bloque après plusieurs codes erronés.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/error_messages.py" line="107" />
            <source>The card's PIN is locked after too many wrong PINs. Unlock it with its PUK code in your card tool (CPS-Gestion).</source>
            <translation>Le code PIN de la carte est bloqué après trop de codes erronés. Débloquez-le avec son code PUK dans votre outil de gestion de carte (CPS-Gestion).</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/error_messages.py" line="110" />
            <source>PIN or password entry cancelled: the certificate was not used.</source>
            <translation>Saisie du code PIN ou du mot de passe annulée : le certificat n'a pas été utilisé.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/error_messages.py" line="111" />
            <source>The card is not in the reader, or was removed. Insert it and try again.</source>
            <translation>La carte n'est pas dans le lecteur, ou a été retirée. Insérez-la et réessayez.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/error_messages.py" line="113" />
            <source>The certificate cannot be read: the file is not a PKCS#12 file holding a certificate and its key, or it is damaged.</source>
            <translation>Le certificat est illisible : le fichier n'est pas un fichier PKCS#12 contenant un certificat et sa clé, ou il est endommagé.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/error_messages.py" line="117" />
            <source>The certificate of {credential} has expired and can no longer be used. Ask for its renewal.</source>
            <translation>Le certificat {credential} a expiré et ne peut plus être utilisé. Demandez son renouvellement.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/error_messages.py" line="120" />
            <source>The certificate of {credential} is not valid yet. Check this computer's date and time.</source>
            <translation>Le certificat {credential} n'est pas encore valide. Vérifiez la date et l'heure de cet ordinateur.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/error_messages.py" line="123" />
            <source>OpenSSL's pkcs11-provider is not installed: the card cannot be used for secure connections. Install the pkcs11-provider package.</source>
            <translation>Le pkcs11-provider d'OpenSSL n'est pas installé : la carte ne peut pas servir aux connexions sécurisées. Installez le paquet pkcs11-provider.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/error_messages.py" line="127" />
            <source>The card middleware (PKCS#11 module {module}) was not found. Install Cryptolib CPS, or set the module path in the configuration.</source>
            <translation>Le logiciel de la carte (module PKCS#11 {module}) est introuvable. Installez la Cryptolib CPS, ou indiquez le chemin du module dans la configuration.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/error_messages.py" line="131" />
            <source>Another card middleware is already in use: restart the application to use {module}.</source>
            <translation>Un autre logiciel de carte est déjà utilisé : redémarrez l'application pour utiliser {module}.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/error_messages.py" line="133" />
            <source>The card did not answer in time. Check the reader, then try again.</source>
            <translation>La carte n'a pas répondu à temps. Vérifiez le lecteur, puis réessayez.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/error_messages.py" line="135" />
            <source>This installation cannot use a card for secure connections (its OpenSSL version is not supported).</source>
            <translation>Cette installation ne peut pas utiliser de carte pour les connexions sécurisées (sa version d'OpenSSL n'est pas prise en charge).</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/error_messages.py" line="137" />
            <source>The application is closing: the card can no longer be used.</source>
            <translation>L'application se ferme : la carte ne peut plus être utilisée.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/error_messages.py" line="138" />
            <source>Pro Santé Connect did not return your national identifier.</source>
            <translation>Pro Santé Connect n'a pas renvoyé votre identifiant national.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/error_messages.py" line="140" />
            <source>The environment {environment} uses the Proxy e-Santé architecture, which this version cannot use yet. Choose a direct environment.</source>
            <translation>L'environnement {environment} utilise l'architecture Proxy e-Santé, que cette version ne sait pas encore utiliser. Choisissez un environnement en mode direct.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/error_messages.py" line="143" />
            <source>The embedded sandbox could not start: {detail}</source>
            <translation>Le bac à sable intégré n'a pas pu démarrer : {detail}</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/error_messages.py" line="145" />
            <source>The embedded sandbox cannot start: port {port} is already in use. Stop the other program, or choose other ports with the environment variable DESKTOP_APP_SANDBOX_PORT.</source>
            <translation>Le bac à sable intégré ne peut pas démarrer : le port {port} est déjà utilisé. Arrêtez l'autre programme, ou choisissez d'autres ports avec la variable d'environnement DESKTOP_APP_SANDBOX_PORT.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/error_messages.py" line="149" />
            <source>No certificate is chosen for the environment {environment}. Choose one (Certificates page, --credential, or credential in the configuration).</source>
            <translation>Aucun certificat n'est choisi pour l'environnement {environment}. Choisissez-en un (page « Certificats », --credential, ou credential dans la configuration).</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/error_messages.py" line="152" />
            <source>The API {api} has no token_exchange_url in the configuration.</source>
            <translation>L'API {api} n'a pas de token_exchange_url dans la configuration.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/error_messages.py" line="153" />
            <source>The API {api} answered HTTP {status}{problem}.</source>
            <translation>L'API {api} a répondu HTTP {status}{problem}.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/error_messages.py" line="155" />
            <source>The API {api} refused the access token (HTTP 401) even after a new token exchange{problem}. The certificate presented may not be the one the token is bound to.</source>
            <translation>L'API {api} a refusé le jeton d'accès (HTTP 401), même après un nouvel échange de jeton{problem}. Le certificat présenté n'est peut-être pas celui auquel le jeton est lié.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/error_messages.py" line="158" />
            <source>The API {api} refuses this operation (HTTP 403){problem}.</source>
            <translation>L'API {api} refuse cette opération (HTTP 403){problem}.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/error_messages.py" line="159" />
            <source>Nothing at this address on the API {api} (HTTP 404){problem}. Check the path.</source>
            <translation>Rien à cette adresse sur l'API {api} (HTTP 404){problem}. Vérifiez le chemin.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/error_messages.py" line="160" />
            <source>There is no API named {api} in the environment {environment} (configured: {known}).</source>
            <translation>Aucune API nommée {api} dans l'environnement {environment} (API configurées : {known}).</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/error_messages.py" line="162" />
            <source>The address {url} is outside the API {api} ({origin}): refused, so that its token is never sent elsewhere.</source>
            <translation>L'adresse {url} est en dehors de l'API {api} ({origin}) : refusée, pour que son jeton ne soit jamais envoyé ailleurs.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/error_messages.py" line="165" />
            <source>The API's authorization server does not accept the certificate « {credential} » for the application {client_id}: its subject (DN) is not registered for this client. Choose another certificate, or have this one registered.</source>
            <translation>Le serveur d'autorisation de l'API n'accepte pas le certificat « {credential} » pour l'application {client_id} : son sujet (DN) n'est pas enregistré pour ce client. Choisissez un autre certificat, ou faites enregistrer celui-ci.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/error_messages.py" line="170" />
            <source>The API's authorization server refused your Pro Santé Connect session. Sign in again.</source>
            <translation>Le serveur d'autorisation de l'API a refusé votre session Pro Santé Connect. Reconnectez-vous.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/error_messages.py" line="173" />
            <source>The API's authorization server refused the scope « {scope} ». Check the API's scope in the configuration.</source>
            <translation>Le serveur d'autorisation de l'API a refusé le scope « {scope} ». Vérifiez le scope de l'API dans la configuration.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/error_messages.py" line="176" />
            <source>The API's authorization server does not know the audience « {audience} ». Check the API's audience in the configuration.</source>
            <translation>Le serveur d'autorisation de l'API ne connaît pas l'audience « {audience} ». Vérifiez l'audience de l'API dans la configuration.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/error_messages.py" line="179" />
            <source>The API's authorization server refused the token exchange ({error}).</source>
            <translation>Le serveur d'autorisation de l'API a refusé l'échange de jeton ({error}).</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/error_messages.py" line="180" />
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
