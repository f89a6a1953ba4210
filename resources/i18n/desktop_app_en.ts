<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
    <context>
        <name>ErrorBanner</name>
        <message>
            <location filename="../../desktop_app/gui/views/banners.py" line="112" />
            <source>Error</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/banners.py" line="118" />
            <source>Dismiss</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/banners.py" line="119" />
            <source>Dismiss the error message</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/banners.py" line="131" />
            <source>Error code: {code}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>HeaderBar</name>
        <message>
            <location filename="../../desktop_app/gui/views/header_bar.py" line="26" />
            <source>Pro Santé Connect — reference client</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/header_bar.py" line="33" />
            <source>Environment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/header_bar.py" line="37" />
            <source>&amp;Environment:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/header_bar.py" line="41" />
            <source>Architecture</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/header_bar.py" line="43" />
            <source>Where the session is kept</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/header_bar.py" line="45" />
            <source>Sign in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/header_bar.py" line="47" />
            <source>Sign in with Pro Santé Connect</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/header_bar.py" line="49" />
            <source>Sign out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/header_bar.py" line="50" />
            <source>Sign out and wipe the session from this computer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/header_bar.py" line="87" />
            <source>Mode: {mode}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/header_bar.py" line="94" />
            <source>System keyring</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/header_bar.py" line="95" />
            <source>System keyring unavailable</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/header_bar.py" line="96" />
            <source>Session in memory only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/header_bar.py" line="97" />
            <source>Session not saved</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>IdentityCard</name>
        <message>
            <location filename="../../desktop_app/gui/views/identity_card.py" line="42" />
            <source>Signed-in practitioner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/identity_card.py" line="55" />
            <source>No practitioner identity to show.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/identity_card.py" line="71" />
            <source>Practitioner name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/identity_card.py" line="76" />
            <source>National identifier:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/identity_card.py" line="78" />
            <source>Civility:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/identity_card.py" line="80" />
            <source>Signed in with:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/identity_card.py" line="82" />
            <source>Authentication level (acr):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/identity_card.py" line="84" />
            <source>Organisation:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/identity_card.py" line="87" />
            <source>Professions and activities</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/identity_card.py" line="89" />
            <source>Pro Santé Connect sent no professional activity.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/identity_card.py" line="104" />
            <source>Civility in practice: {civility}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/identity_card.py" line="107" />
            <source>Skill (savoir-faire): {code}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/identity_card.py" line="111" />
            <source>No activity recorded for this profession.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/identity_card.py" line="122" />
            <source>(unnamed structure)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/identity_card.py" line="129" />
            <source>Identifier: {identifier}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/identity_card.py" line="136" />
            <source>Mode of practice: {mode}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>KeyringBanner</name>
        <message>
            <location filename="../../desktop_app/gui/views/banners.py" line="69" />
            <source>System keyring problem</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/banners.py" line="70" />
            <source>The session cannot be kept in the system keyring</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/banners.py" line="74" />
            <source>« Retry »: unlock the keyring (or start it), then retry; the session will survive a restart of the application.
« Keep the session in memory only »: you stay signed in until you close the application, and nothing is written to disk; you will sign in again next time.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/banners.py" line="80" />
            <source>Retry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/banners.py" line="81" />
            <source>Retry the system keyring</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/banners.py" line="82" />
            <source>Keep the session in memory only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/banners.py" line="83" />
            <source>Keep the session in memory only, until the application closes</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../desktop_app/gui/main_window.py" line="43" />
            <source>Pro Santé Connect — reference client</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/main_window.py" line="45" />
            <location filename="../../desktop_app/gui/main_window.py" line="48" />
            <source>Loading…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/main_window.py" line="75" />
            <source>You are not signed in. Choose « Sign in » to identify yourself with Pro Santé Connect (CPS card or e-CPS) in your web browser.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SessionController</name>
        <message>
            <location filename="../../desktop_app/gui/controllers/session_controller.py" line="156" />
            <source>Opening the environment…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/controllers/session_controller.py" line="181" />
            <source>Preparing the environment…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/controllers/session_controller.py" line="201" />
            <source>Ready.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/controllers/session_controller.py" line="236" />
            <source>Preparing the sign-in…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/controllers/session_controller.py" line="240" />
            <source>Waiting for the sign-in in the browser…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/controllers/session_controller.py" line="248" />
            <source>Signed in: {name}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/controllers/session_controller.py" line="250" />
            <location filename="../../desktop_app/gui/controllers/session_controller.py" line="259" />
            <source>Sign-in cancelled.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/controllers/session_controller.py" line="275" />
            <source>Signing out…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/controllers/session_controller.py" line="289" />
            <source>Signed out, also at Pro Santé Connect.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/controllers/session_controller.py" line="291" />
            <source>Signed out: the session was wiped from this computer.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SessionPanel</name>
        <message>
            <location filename="../../desktop_app/gui/views/session_panel.py" line="31" />
            <location filename="../../desktop_app/gui/views/session_panel.py" line="35" />
            <source>Session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/session_panel.py" line="43" />
            <source>Access token:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/session_panel.py" line="44" />
            <source>Refresh token:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/session_panel.py" line="45" />
            <source>Signed in at:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/session_panel.py" line="74" />
            <source>session expired</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/session_panel.py" line="74" />
            <source>not signed in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/session_panel.py" line="86" />
            <source>no expiry announced</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/session_panel.py" line="86" />
            <source>none held — renewal pending</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/session_panel.py" line="89" />
            <source>expired — renewal pending</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/session_panel.py" line="89" />
            <source>expired</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/session_panel.py" line="90" />
            <source>expires in {remaining} (at {time})</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SignInDialog</name>
        <message>
            <location filename="../../desktop_app/gui/views/sign_in_dialog.py" line="34" />
            <source>Sign-in in progress</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/sign_in_dialog.py" line="38" />
            <source>Sign-in in progress…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/sign_in_dialog.py" line="42" />
            <source>Complete the sign-in in your web browser with Pro Santé Connect: choose your CPS card or e-CPS. This window closes by itself once you are signed in.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/sign_in_dialog.py" line="50" />
            <source>Waiting for the browser</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/sign_in_dialog.py" line="54" />
            <source>The web browser could not be opened. Copy the link and paste it into your browser's address bar.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/sign_in_dialog.py" line="59" />
            <source>Link copied to the clipboard.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/sign_in_dialog.py" line="80" />
            <source>Reopen the browser</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/sign_in_dialog.py" line="81" />
            <source>Reopen the browser on the sign-in page</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/sign_in_dialog.py" line="82" />
            <source>Copy the link</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/sign_in_dialog.py" line="83" />
            <source>Copy the sign-in link to the clipboard</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/sign_in_dialog.py" line="84" />
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/sign_in_dialog.py" line="85" />
            <source>Cancel the sign-in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/sign_in_dialog.py" line="122" />
            <source>Time is up: the sign-in is being abandoned.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/sign_in_dialog.py" line="124" />
            <source>Time left: {remaining}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SignInRequiredBanner</name>
        <message>
            <location filename="../../desktop_app/gui/views/banners.py" line="43" />
            <source>Session expired</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/banners.py" line="44" />
            <source>Your session has expired — sign in again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/banners.py" line="46" />
            <source>Sign in again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/banners.py" line="47" />
            <source>Sign in again with Pro Santé Connect</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>application</name>
        <message>
            <location filename="../../desktop_app/gui/application.py" line="83" />
            <source>Pro Santé Connect — reference client</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cli</name>
        <message>
            <location filename="../../desktop_app/cli.py" line="87" />
            <source>Interrupted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/cli.py" line="95" />
            <location filename="../../desktop_app/cli.py" line="261" />
            <source>Error: </source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/cli.py" line="95" />
            <source> (details in the log file)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/cli.py" line="104" />
            <source>No graphical display found (DISPLAY and WAYLAND_DISPLAY are not set). Start the application from a desktop session, run it on a virtual screen (xvfb-run desktop-app), or use the command line: desktop-app login, desktop-app status.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/cli.py" line="147" />
            <source>Open this address in your browser to sign in:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/cli.py" line="149" />
            <source>Waiting for the browser (up to {seconds} s)…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/cli.py" line="161" />
            <source>Signed in, but the session could not be saved in the system keyring, so it was closed:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/cli.py" line="168" />
            <source>Signed in: {name} ({national_id}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/cli.py" line="184" />
            <source>Not signed in ({environment}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/cli.py" line="188" />
            <source>Signed in ({environment}): {name} ({national_id})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/cli.py" line="194" />
            <source>  access token expires:  {when}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/cli.py" line="195" />
            <source>  refresh token expires: {when}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/cli.py" line="225" />
            <source>Not signed in: local secrets wiped.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/cli.py" line="232" />
            <source>Signed out. Local secrets wiped.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/cli.py" line="234" />
            <source>  refresh token revoked at the identity provider</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/cli.py" line="236" />
            <source>  identity provider session ended</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>durations</name>
        <message>
            <location filename="../../desktop_app/gui/views/durations.py" line="20" />
            <source>{hours} h {minutes:02d} min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/durations.py" line="24" />
            <source>{minutes} min {seconds:02d} s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/durations.py" line="27" />
            <source>{seconds} s</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>errors</name>
        <message>
            <location filename="../../desktop_app/gui/error_messages.py" line="26" />
            <source>The configuration is invalid: {detail}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/error_messages.py" line="27" />
            <source>Unknown setting {key} in {file}. Check its spelling.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/error_messages.py" line="28" />
            <source>The environment {environment} is not defined in the configuration.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/error_messages.py" line="29" />
            <source>The configuration file {file} does not exist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/error_messages.py" line="30" />
            <source>The configuration file {file} cannot be read: {detail}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/error_messages.py" line="31" />
            <source>{key} must use https:// (plain http is only accepted on 127.0.0.1).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/error_messages.py" line="32" />
            <source>The environment {environment} needs a client_id in the configuration.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/error_messages.py" line="34" />
            <source>The client secret is missing: set the environment variable named by client_secret_env.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/error_messages.py" line="36" />
            <source>The CA bundle {file} cannot be read. Check the ca_bundle setting.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/error_messages.py" line="37" />
            <source>The identity provider does not support PKCE S256: sign-in is refused.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/error_messages.py" line="39" />
            <source>Cannot reach {origin}. Check the network connection, the proxy settings, or try again later.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/error_messages.py" line="41" />
            <source>{origin} did not answer in time. Try again in a moment.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/error_messages.py" line="43" />
            <source>The secure connection to {origin} failed: the server's certificate is not trusted or the connection was refused. Check the date of this computer and the ca_bundle setting.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/error_messages.py" line="46" />
            <source>{origin} is having trouble (HTTP {status}). Try again later.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/error_messages.py" line="47" />
            <source>The server sent an unexpected answer ({what}). Try again later.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/error_messages.py" line="48" />
            <source>The identity provider's configuration does not match its address.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/error_messages.py" line="49" />
            <source>The identity provider announces an insecure (http) address: refused.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/error_messages.py" line="51" />
            <source>The identity provider's configuration lacks {field}. Check the issuer address in the configuration.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/error_messages.py" line="54" />
            <source>The identity provider's configuration was not found. Check the issuer address in the configuration.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/error_messages.py" line="56" />
            <source>The identity provider offers no userinfo endpoint: your identity cannot be read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/error_messages.py" line="57" />
            <source>The identity provider's signing keys cannot be read. Try again later.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/error_messages.py" line="58" />
            <source>The identity provider announces its signing keys at an insecure (http) address.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/error_messages.py" line="59" />
            <source>The identity provider publishes no signing key this application can use.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/error_messages.py" line="60" />
            <source>The identity provider's token answer is unusable. Try again later.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/error_messages.py" line="61" />
            <source>The identity provider returned no identity token. Check the scope (openid).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/error_messages.py" line="62" />
            <source>Your identity could not be read at Pro Santé Connect (HTTP {status}). Try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/error_messages.py" line="63" />
            <source>The identity provider refused the request ({error}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/error_messages.py" line="64" />
            <source>Sign-in was cancelled in the browser. You can try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/error_messages.py" line="65" />
            <source>The sign-in expired before it completed. Please sign in again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/error_messages.py" line="66" />
            <source>The identity provider does not recognise this application (client_id).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/error_messages.py" line="67" />
            <source>Your Pro Santé Connect session has ended. Please sign in again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/error_messages.py" line="68" />
            <source>The sign-in did not complete. Try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/error_messages.py" line="69" />
            <source>The sign-in address is not a web address a browser may open: refused.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/error_messages.py" line="70" />
            <source>No answer from the browser in time. Sign in again when you are ready.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/error_messages.py" line="71" />
            <source>Sign-in cancelled.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/error_messages.py" line="73" />
            <source>No local port is free for the browser's return ({ports}). Close other sign-ins and try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/error_messages.py" line="75" />
            <source>The browser's answer does not come from the expected identity provider: refused.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/error_messages.py" line="76" />
            <source>The browser's answer carries no authorization code. Try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/error_messages.py" line="77" />
            <source>No web browser could be opened. Copy the link and open it yourself.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/error_messages.py" line="78" />
            <source>The identity provider's token failed verification: sign-in refused for your safety.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/error_messages.py" line="79" />
            <source>The authentication level is too low for this application.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/error_messages.py" line="80" />
            <source>The identity token has expired. Check this computer's date and time, then sign in.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/error_messages.py" line="81" />
            <source>The identity token is not valid yet. Check this computer's date and time.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/error_messages.py" line="82" />
            <source>You are not signed in. Sign in with Pro Santé Connect.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/error_messages.py" line="83" />
            <location filename="../../desktop_app/gui/error_messages.py" line="84" />
            <source>Your session has expired. Please sign in again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/error_messages.py" line="85" />
            <source>Pro Santé Connect ended your session. Please sign in again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/error_messages.py" line="86" />
            <source>No system keyring is available: the session cannot be kept safely on this computer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/error_messages.py" line="87" />
            <source>The system keyring is locked. Unlock it, or keep the session in memory only.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/error_messages.py" line="88" />
            <source>The system keyring does not answer. Unlock it, or keep the session in memory only.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/error_messages.py" line="89" />
            <source>The system keyring refused the operation.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/error_messages.py" line="90" />
            <source>The encrypted session file cannot be written or read ({reason}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/error_messages.py" line="92" />
            <source>The system keyring refused to delete the session. Remove it with your keyring tool.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/error_messages.py" line="94" />
            <source>The client certificate cannot be used: {detail}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/error_messages.py" line="95" />
            <source>Pro Santé Connect did not return your national identifier.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/error_messages.py" line="97" />
            <source>The environment {environment} uses the Proxy e-Santé architecture, which this version cannot use yet. Choose a direct environment.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/error_messages.py" line="100" />
            <source>The embedded sandbox could not start: {detail}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/error_messages.py" line="102" />
            <source>The embedded sandbox cannot start: port {port} is already in use. Stop the other program, or choose other ports with the environment variable DESKTOP_APP_SANDBOX_PORT.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/error_messages.py" line="105" />
            <source>Something went wrong: {detail}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>nomenclature</name>
        <message>
            <location filename="../../desktop_app/gui/views/nomenclature.py" line="17" />
            <source>Physician</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/nomenclature.py" line="18" />
            <source>Pharmacist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/nomenclature.py" line="19" />
            <source>Hearing-aid specialist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/nomenclature.py" line="20" />
            <source>Optician</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/nomenclature.py" line="21" />
            <source>Dental surgeon</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/nomenclature.py" line="22" />
            <source>Midwife</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/nomenclature.py" line="23" />
            <source>Nurse</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/nomenclature.py" line="24" />
            <source>Physiotherapist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/nomenclature.py" line="25" />
            <source>Podiatrist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/nomenclature.py" line="26" />
            <source>Speech therapist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/nomenclature.py" line="27" />
            <source>Orthoptist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/nomenclature.py" line="28" />
            <source>Occupational therapist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/nomenclature.py" line="29" />
            <source>Psychomotor therapist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/nomenclature.py" line="30" />
            <source>Radiographer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/nomenclature.py" line="38" />
            <source>Self-employed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/nomenclature.py" line="39" />
            <source>Salaried</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/nomenclature.py" line="40" />
            <source>Volunteer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/nomenclature.py" line="48" />
            <source>Mr</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/nomenclature.py" line="49" />
            <source>Mrs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/nomenclature.py" line="50" />
            <source>Miss</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/nomenclature.py" line="51" />
            <source>Doctor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/nomenclature.py" line="52" />
            <source>Professor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/nomenclature.py" line="60" />
            <source>Unknown</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/nomenclature.py" line="62" />
            <source>CPS card</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/nomenclature.py" line="63" />
            <source>e-CPS</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/nomenclature.py" line="71" />
            <source>Sandbox (local)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/nomenclature.py" line="72" />
            <source>PSC test (BAS)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/nomenclature.py" line="73" />
            <source>PSC production</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/nomenclature.py" line="81" />
            <source>Direct</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/nomenclature.py" line="82" />
            <source>Proxy e-Santé</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
