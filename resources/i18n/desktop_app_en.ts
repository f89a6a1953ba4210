<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
    <context>
        <name>ApiConsoleController</name>
        <message>
            <location filename="../../desktop_app/gui/controllers/api_call.py" line="134" />
            <source>Choose an API configured for this environment.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/controllers/api_call.py" line="164" />
            <source>The request body is not valid JSON (line {line}, column {column}): {reason}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/controllers/api_console_controller.py" line="139" />
            <source>No certificate is in use: choose one on the « Certificates » page, then send again.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ApiConsolePage</name>
        <message>
            <location filename="../../desktop_app/gui/views/api_console_page.py" line="60" />
            <source>API</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/api_console_page.py" line="64" />
            <source>HTTP method</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/api_console_page.py" line="66" />
            <source>Path or address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/api_console_page.py" line="67" />
            <source>/path, or a full address on the API's server</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/api_console_page.py" line="70" />
            <source>Request body (JSON)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/api_console_page.py" line="75" />
            <source>Send</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/api_console_page.py" line="77" />
            <source>Send the request (Ctrl+Enter)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/api_console_page.py" line="78" />
            <source>SessionData example</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/api_console_page.py" line="79" />
            <source>Replace the body with a SessionData example</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/api_console_page.py" line="80" />
            <source>No API is configured for this environment.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/api_console_page.py" line="84" />
            <source>Calls of this session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/api_console_page.py" line="85" />
            <source>Reuse this request</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/api_console_page.py" line="86" />
            <source>Put the selected call's request back in the form</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/api_console_page.py" line="104" />
            <source>&amp;Request:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/api_console_page.py" line="107" />
            <source>A&amp;PI:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/api_console_page.py" line="117" />
            <source>Request</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/api_console_page.py" line="120" />
            <source>Body (JSON):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/api_console_page.py" line="124" />
            <source>History</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/api_console_page.py" line="131" />
            <source>Answer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/api_console_page.py" line="167" />
            <source>Certificate for this call: {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/api_console_page.py" line="169" />
            <source>No certificate in use: choose one on the « Certificates » page.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/api_console_page.py" line="207" />
            <source>failed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/api_console_page.py" line="208" />
            <source>{time}  {method} {path} → {outcome} · {ms} ms</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CardsTree</name>
        <message>
            <location filename="../../desktop_app/gui/views/cards_tree.py" line="34" />
            <source>Card or certificate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/cards_tree.py" line="34" />
            <source>Details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/cards_tree.py" line="37" />
            <source>Cards</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/cards_tree.py" line="64" />
            <source>Object label: {label}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/cards_tree.py" line="70" />
            <source>(no certificate)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/cards_tree.py" line="75" />
            <source>slot {slot}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/cards_tree.py" line="79" />
            <source>PIN LOCKED</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/cards_tree.py" line="81" />
            <source>last PIN try</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/cards_tree.py" line="83" />
            <source>a wrong PIN was entered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/cards_tree.py" line="84" />
            <source>RSA-PSS signatures</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/cards_tree.py" line="84" />
            <source>PKCS#1 v1.5 signatures only</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CertificateDetails</name>
        <message>
            <location filename="../../desktop_app/gui/views/certificate_details.py" line="55" />
            <location filename="../../desktop_app/gui/views/certificate_details.py" line="56" />
            <source>Certificate details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/certificate_details.py" line="74" />
            <source>Subject:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/certificate_details.py" line="75" />
            <source>Issuer:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/certificate_details.py" line="76" />
            <source>Serial number:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/certificate_details.py" line="77" />
            <source>Valid from:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/certificate_details.py" line="78" />
            <source>Valid until:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/certificate_details.py" line="79" />
            <source>Structure identifier:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/certificate_details.py" line="80" />
            <source>SHA-256 thumbprint:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/certificate_details.py" line="81" />
            <source>x5t#S256 (RFC 8705):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/certificate_details.py" line="91" />
            <source>Choose a certificate to see its details.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/certificate_details.py" line="101" />
            <source>none (not a structure certificate)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/certificate_details.py" line="124" />
            <source>Expired: this certificate can no longer be used for mTLS.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/certificate_details.py" line="127" />
            <source>Expires in {days} days: ask for its renewal now.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/certificate_details.py" line="129" />
            <source>Valid</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CredentialsController</name>
        <message>
            <location filename="../../desktop_app/gui/controllers/credentials_controller.py" line="175" />
            <source>Certificate unlocked: {name}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/controllers/credentials_controller.py" line="194" />
            <source>Certificate in use: {name}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/controllers/credentials_controller.py" line="220" />
            <source>Certificate file imported: {name}.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CredentialsPage</name>
        <message>
            <location filename="../../desktop_app/gui/views/credentials_page.py" line="86" />
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/credentials_page.py" line="86" />
            <source>Type</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/credentials_page.py" line="86" />
            <source>Certificate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/credentials_page.py" line="86" />
            <source>Valid until</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/credentials_page.py" line="87" />
            <source>Configured certificates</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/credentials_page.py" line="93" />
            <source>Use this certificate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/credentials_page.py" line="95" />
            <source>Use the selected certificate for API calls</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/credentials_page.py" line="96" />
            <source>Import a software certificate (.p12)…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/credentials_page.py" line="97" />
            <source>Import a software certificate from a PKCS#12 file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/credentials_page.py" line="98" />
            <source>Remove</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/credentials_page.py" line="99" />
            <source>Remove the imported certificate from the list</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/credentials_page.py" line="100" />
            <source>Unlock…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/credentials_page.py" line="101" />
            <source>Type the password of the selected certificate file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/credentials_page.py" line="103" />
            <source>Refresh</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/credentials_page.py" line="104" />
            <source>Read the certificates again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/credentials_page.py" line="112" />
            <source>Refresh the cards</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/credentials_page.py" line="113" />
            <source>List the cards and their certificates (no PIN needed)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/credentials_page.py" line="115" />
            <source>Insert the card, then choose « Refresh the cards ».</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/credentials_page.py" line="126" />
            <source>The certificate in use authenticates this workstation to the APIs (mutual TLS): the structure's software certificate or the personal certificate of a CPS card.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/credentials_page.py" line="144" />
            <source>Certificates for API calls</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/credentials_page.py" line="149" />
            <source>Cards (PKCS#11)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/credentials_page.py" line="174" />
            <source>No certificate is configured. Import a software certificate (.p12).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/credentials_page.py" line="178" />
            <source>Choose a certificate in the list to see its details.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/credentials_page.py" line="184" />
            <source>No certificate is in use: choose one to call the APIs.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/credentials_page.py" line="186" />
            <source>In use for API calls: {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/credentials_page.py" line="214" />
            <source>reading…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/credentials_page.py" line="217" />
            <source>locked (password needed)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/credentials_page.py" line="221" />
            <source>unusable</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/credentials_page.py" line="233" />
            <source>{date} (expired)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/credentials_page.py" line="236" />
            <source>{date} (expires soon)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/credentials_page.py" line="245" />
            <source>Card (PKCS#11)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/credentials_page.py" line="247" />
            <source>Software certificate (imported)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/credentials_page.py" line="248" />
            <source>Software certificate (PKCS#12)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/credentials_page.py" line="254" />
            <source>{count} card(s) found.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/credentials_page.py" line="256" />
            <source>No card found. Check that the card is in the reader.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/credentials_page.py" line="261" />
            <source>Looking for cards…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/credentials_page.py" line="285" />
            <source>Reading the certificate…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/credentials_page.py" line="325" />
            <source>Import a software certificate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/credentials_page.py" line="327" />
            <source>PKCS#12 certificates (*.p12 *.pfx);;All files (*)</source>
            <translation type="unfinished" />
        </message>
    </context>
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
            <location filename="../../desktop_app/gui/views/header_bar.py" line="27" />
            <source>Pro Santé Connect — reference client</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/header_bar.py" line="34" />
            <source>Environment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/header_bar.py" line="38" />
            <source>&amp;Environment:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/header_bar.py" line="42" />
            <source>Architecture</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/header_bar.py" line="44" />
            <source>Where the session is kept</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/header_bar.py" line="46" />
            <source>Sign in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/header_bar.py" line="48" />
            <source>Sign in with Pro Santé Connect</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/header_bar.py" line="50" />
            <source>Sign out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/header_bar.py" line="51" />
            <source>Sign out and wipe the session from this computer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/header_bar.py" line="88" />
            <source>Mode: {mode}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/header_bar.py" line="95" />
            <source>System keyring</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/header_bar.py" line="96" />
            <source>System keyring unavailable</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/header_bar.py" line="97" />
            <source>Session in memory only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/header_bar.py" line="98" />
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
            <location filename="../../desktop_app/gui/views/identity_card.py" line="73" />
            <source>Practitioner name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/identity_card.py" line="78" />
            <source>National identifier:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/identity_card.py" line="80" />
            <source>Civility:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/identity_card.py" line="82" />
            <source>Signed in with:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/identity_card.py" line="84" />
            <source>Authentication level (acr):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/identity_card.py" line="86" />
            <source>Organisation:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/identity_card.py" line="89" />
            <source>Professions and activities</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/identity_card.py" line="91" />
            <source>Pro Santé Connect sent no professional activity.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/identity_card.py" line="106" />
            <source>Civility in practice: {civility}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/identity_card.py" line="109" />
            <source>Skill (savoir-faire): {code}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/identity_card.py" line="113" />
            <source>No activity recorded for this profession.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/identity_card.py" line="124" />
            <source>(unnamed structure)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/identity_card.py" line="131" />
            <source>Identifier: {identifier}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/identity_card.py" line="138" />
            <source>Mode of practice: {mode}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>JsonTreeModel</name>
        <message>
            <location filename="../../desktop_app/gui/models/json_tree.py" line="63" />
            <source>(value)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/models/json_tree.py" line="148" />
            <source>Key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/models/json_tree.py" line="148" />
            <source>Value</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/models/json_tree.py" line="148" />
            <source>Type</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/models/json_tree.py" line="163" />
            <source>1 key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/models/json_tree.py" line="163" />
            <source>{count} keys</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/models/json_tree.py" line="166" />
            <source>1 item</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/models/json_tree.py" line="166" />
            <source>{count} items</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/models/json_tree.py" line="176" />
            <source>object</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/models/json_tree.py" line="178" />
            <source>array</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/models/json_tree.py" line="180" />
            <source>string</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/models/json_tree.py" line="182" />
            <source>boolean</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/models/json_tree.py" line="185" />
            <source>number</source>
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
            <location filename="../../desktop_app/gui/main_window.py" line="53" />
            <source>Pro Santé Connect — reference client</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/main_window.py" line="55" />
            <location filename="../../desktop_app/gui/main_window.py" line="58" />
            <source>Loading…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/main_window.py" line="87" />
            <source>You are not signed in. Choose « Sign in » to identify yourself with Pro Santé Connect (CPS card or e-CPS) in your web browser.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/main_window.py" line="128" />
            <source>&amp;Session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/main_window.py" line="130" />
            <source>&amp;Certificates</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/main_window.py" line="130" />
            <source>&amp;API console</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/main_window.py" line="234" />
            <source>API call finished: HTTP {status}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/main_window.py" line="236" />
            <source>API call failed.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ResponseView</name>
        <message>
            <location filename="../../desktop_app/gui/views/response_view.py" line="76" />
            <source>Sign in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/response_view.py" line="77" />
            <source>Sign in with Pro Santé Connect</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/response_view.py" line="84" />
            <source>Receiving the answer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/response_view.py" line="90" />
            <source>Answer as a JSON tree</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/response_view.py" line="98" />
            <source>Answer as text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/response_view.py" line="100" />
            <source>Header</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/response_view.py" line="100" />
            <source>Value</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/response_view.py" line="102" />
            <source>Answer headers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/response_view.py" line="104" />
            <source>JSON tree</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/response_view.py" line="105" />
            <source>Raw text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/response_view.py" line="106" />
            <source>Headers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/response_view.py" line="141" />
            <source>No answer yet: send a request.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/response_view.py" line="155" />
            <source>Sending…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/response_view.py" line="157" />
            <source>Waiting for the answer…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/response_view.py" line="162" />
            <source>{size} received</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/response_view.py" line="185" />
            <source>No answer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/response_view.py" line="189" />
            <source>HTTP {status}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/response_view.py" line="193" />
            <source>{ms} ms</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/response_view.py" line="195" />
            <source>no content type</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/response_view.py" line="205" />
            <source>Error code: {code}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/response_view.py" line="216" />
            <source>— The API token carries no certificate binding (cnf) to check</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/response_view.py" line="220" />
            <source>✔ Token bound to the certificate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/response_view.py" line="222" />
            <source>✘ Token NOT bound to the certificate in use</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/response_view.py" line="224" />
            <source>Certificate {credential} (x5t#S256, {encoding}): {thumbprint}
Token cnf.x5t#S256: {cnf}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/response_view.py" line="256" />
            <source>… (lines longer than 2,000 characters are cut for display)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/response_view.py" line="258" />
            <source>… (display cut here: the answer is longer)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SecretDialog</name>
        <message>
            <location filename="../../desktop_app/gui/views/secret_dialog.py" line="63" />
            <source>Confirm</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/secret_dialog.py" line="64" />
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/secret_dialog.py" line="86" />
            <location filename="../../desktop_app/gui/views/secret_dialog.py" line="89" />
            <source>Card PIN</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/secret_dialog.py" line="87" />
            <source>Enter the PIN of the card « {label} »</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/secret_dialog.py" line="88" />
            <source>&amp;PIN:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/secret_dialog.py" line="90" />
            <source>The PIN is used for this connection only; it is never saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/secret_dialog.py" line="91" />
            <source>Incorrect PIN. Try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/secret_dialog.py" line="93" />
            <source>Certificate password</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/secret_dialog.py" line="95" />
            <source>Enter the password of the certificate file « {label} »</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/secret_dialog.py" line="97" />
            <source>&amp;Password:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/secret_dialog.py" line="98" />
            <source>Certificate file password</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/secret_dialog.py" line="99" />
            <source>The password is used to open the file only; it is never saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/secret_dialog.py" line="100" />
            <source>Incorrect password. Try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/secret_dialog.py" line="101" />
            <source>Credential: {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/secret_dialog.py" line="112" />
            <source>Last try: a wrong PIN will lock the card.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/secret_dialog.py" line="113" />
            <source>{count} tries left before the card locks.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/views/secret_dialog.py" line="115" />
            <source>A wrong PIN was already entered on this card: type it carefully.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SessionController</name>
        <message>
            <location filename="../../desktop_app/gui/controllers/session_controller.py" line="161" />
            <source>Opening the environment…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/controllers/session_controller.py" line="186" />
            <source>Preparing the environment…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/controllers/session_controller.py" line="206" />
            <source>Ready.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/controllers/session_controller.py" line="241" />
            <source>Preparing the sign-in…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/controllers/session_controller.py" line="245" />
            <source>Waiting for the sign-in in the browser…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/controllers/session_controller.py" line="253" />
            <source>Signed in: {name}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/controllers/session_controller.py" line="255" />
            <location filename="../../desktop_app/gui/controllers/session_controller.py" line="264" />
            <source>Sign-in cancelled.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/controllers/session_controller.py" line="280" />
            <source>Signing out…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/controllers/session_controller.py" line="294" />
            <source>Signed out, also at Pro Santé Connect.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/controllers/session_controller.py" line="296" />
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
            <location filename="../../desktop_app/gui/application.py" line="91" />
            <source>Pro Santé Connect — reference client</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cli</name>
        <message>
            <location filename="../../desktop_app/cli/doctor.py" line="37" />
            <source>built-in configuration</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/cli/doctor.py" line="67" />
            <source>Configuration: {file}, environment {environment}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/cli/doctor.py" line="68" />
            <source>Name {host} resolves ({addresses})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/cli/doctor.py" line="69" />
            <source>Name {host} does not resolve: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/cli/doctor.py" line="70" />
            <source>TLS with {origin}: server certificate trusted ({version})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/cli/doctor.py" line="72" />
            <source>TLS with {origin}: server certificate trusted (the server requires a client certificate)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/cli/doctor.py" line="74" />
            <source>TLS with {origin}: server certificate NOT trusted ({reason}). Check ca_bundle.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/cli/doctor.py" line="75" />
            <source>TLS with {origin} refused: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/cli/doctor.py" line="76" />
            <source>{origin} cannot be reached: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/cli/doctor.py" line="77" />
            <source>TLS with {origin} not checked: the CA bundle cannot be read</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/cli/doctor.py" line="78" />
            <source>Clock: within {seconds} s of the identity provider</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/cli/doctor.py" line="79" />
            <source>Clock: {seconds} s {direction} of the identity provider. Set this computer's time.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/cli/doctor.py" line="80" />
            <source>Clock: not checked (no answer with a date from {url})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/cli/doctor.py" line="81" />
            <source>System keyring usable ({backend})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/cli/doctor.py" line="82" />
            <source>System keyring unusable</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/cli/doctor.py" line="83" />
            <source>No certificate is chosen for API calls in the environment {environment}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/cli/doctor.py" line="84" />
            <source>Certificate « {credential} » not readable</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/cli/doctor.py" line="85" />
            <source>Certificate « {credential} » ({kind}): {subject}, issued by {issuer}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/cli/doctor.py" line="86" />
            <source>Certificate « {credential} » valid until {not_after}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/cli/doctor.py" line="87" />
            <source>Certificate « {credential} » expires on {not_after}: renew it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/cli/doctor.py" line="88" />
            <source>Certificate « {credential} » EXPIRED on {not_after}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/cli/doctor.py" line="89" />
            <source>Certificate « {credential} » not valid before {not_before}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/cli/doctor.py" line="90" />
            <source>Certificate chain verified up to {root}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/cli/doctor.py" line="92" />
            <source>Certificate chain not verifiable here: {issuer} is not in {file} (the servers will check it)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/cli/doctor.py" line="94" />
            <source>Certificate chain verified by {origin}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/cli/doctor.py" line="95" />
            <source>Certificate chain not checked: the environment has no ca_bundle</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/cli/doctor.py" line="96" />
            <source>Certificate chain not checked: {file} cannot be read</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/cli/doctor.py" line="97" />
            <source>Mutual TLS with {origin}: certificate « {credential} » accepted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/cli/doctor.py" line="99" />
            <source>Mutual TLS with {origin} not tried: the secret of « {credential} » is not in the environment (password_env / pin_env)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/cli/doctor.py" line="102" />
            <source>Mutual TLS with {origin}: certificate « {credential} » unusable</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/cli/doctor.py" line="103" />
            <source>Mutual TLS with {origin}: certificate « {credential} » refused</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/cli/doctor.py" line="104" />
            <source>Card « {label} » present: {subject} (signatures {signatures})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/cli/doctor.py" line="105" />
            <source>Card « {label} » not found (tokens present: {found})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/cli/doctor.py" line="106" />
            <source>Card « {label} »: PIN LOCKED</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/cli/doctor.py" line="107" />
            <source>Card « {label} »: no certificate « {key} »</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/cli/doctor.py" line="108" />
            <source>Cards of {module} cannot be listed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/cli/doctor.py" line="109" />
            <source>Cards of {module} cannot be listed: {reason} (details in the log file)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/cli/doctor.py" line="113" />
            <source>ahead</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/cli/doctor.py" line="113" />
            <source>behind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/cli/main.py" line="91" />
            <source>Interrupted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/cli/main.py" line="99" />
            <location filename="../../desktop_app/cli/sandbox_commands.py" line="42" />
            <location filename="../../desktop_app/cli/terminal.py" line="49" />
            <source>Error: </source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/cli/main.py" line="99" />
            <source> (details in the log file)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/cli/main.py" line="125" />
            <source>No graphical display found (DISPLAY and WAYLAND_DISPLAY are not set). Start the application from a desktop session, run it on a virtual screen (xvfb-run desktop-app), or use the command line: desktop-app login, desktop-app status.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/cli/sandbox_commands.py" line="45" />
            <source>Sandbox CPS card ready: token « {token} », key « {key} », test PIN {pin}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/cli/sandbox_commands.py" line="49" />
            <source>  holder:        {subject}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/cli/sandbox_commands.py" line="50" />
            <source>  PKCS#11 module: {module}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/cli/sandbox_commands.py" line="51" />
            <source>  SOFTHSM2_CONF: {conf}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/cli/session_commands.py" line="35" />
            <source>Open this address in your browser to sign in:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/cli/session_commands.py" line="37" />
            <source>Waiting for the browser (up to {seconds} s)…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/cli/session_commands.py" line="49" />
            <source>Signed in, but the session could not be saved in the system keyring, so it was closed:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/cli/session_commands.py" line="56" />
            <source>Signed in: {name} ({national_id}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/cli/session_commands.py" line="72" />
            <source>Not signed in ({environment}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/cli/session_commands.py" line="76" />
            <source>Signed in ({environment}): {name} ({national_id})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/cli/session_commands.py" line="82" />
            <source>  access token expires:  {when}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/cli/session_commands.py" line="83" />
            <source>  refresh token expires: {when}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/cli/session_commands.py" line="113" />
            <source>Not signed in: local secrets wiped.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/cli/session_commands.py" line="120" />
            <source>Signed out. Local secrets wiped.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/cli/session_commands.py" line="122" />
            <source>  refresh token revoked at the identity provider</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/cli/session_commands.py" line="124" />
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
            <location filename="../../desktop_app/gui/error_messages.py" line="96" />
            <source>The certificate file or the card was not found. Check its location in the configuration, or import the file again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/error_messages.py" line="99" />
            <source>Wrong password for the certificate file of {credential}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/error_messages.py" line="101" />
            <source>The certificate of {credential} is protected by its password: it can be read once the password is given.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/error_messages.py" line="104" />
            <source>Incorrect card PIN. Check it before trying again: the card locks after too many wrong PINs.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/error_messages.py" line="107" />
            <source>The card's PIN is locked after too many wrong PINs. Unlock it with its PUK code in your card tool (CPS-Gestion).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/error_messages.py" line="110" />
            <source>PIN or password entry cancelled: the certificate was not used.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/error_messages.py" line="111" />
            <source>The card is not in the reader, or was removed. Insert it and try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/error_messages.py" line="113" />
            <source>The certificate cannot be read: the file is not a PKCS#12 file holding a certificate and its key, or it is damaged.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/error_messages.py" line="117" />
            <source>The certificate of {credential} has expired and can no longer be used. Ask for its renewal.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/error_messages.py" line="120" />
            <source>The certificate of {credential} is not valid yet. Check this computer's date and time.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/error_messages.py" line="123" />
            <source>OpenSSL's pkcs11-provider is not installed: the card cannot be used for secure connections. Install the pkcs11-provider package.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/error_messages.py" line="127" />
            <source>The card middleware (PKCS#11 module {module}) was not found. Install Cryptolib CPS, or set the module path in the configuration.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/error_messages.py" line="131" />
            <source>Another card middleware is already in use: restart the application to use {module}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/error_messages.py" line="133" />
            <source>The card did not answer in time. Check the reader, then try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/error_messages.py" line="135" />
            <source>This installation cannot use a card for secure connections (its OpenSSL version is not supported).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/error_messages.py" line="137" />
            <source>The application is closing: the card can no longer be used.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/error_messages.py" line="138" />
            <source>Pro Santé Connect did not return your national identifier.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/error_messages.py" line="140" />
            <source>The environment {environment} uses the Proxy e-Santé architecture, which this version cannot use yet. Choose a direct environment.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/error_messages.py" line="143" />
            <source>The embedded sandbox could not start: {detail}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/error_messages.py" line="145" />
            <source>The embedded sandbox cannot start: port {port} is already in use. Stop the other program, or choose other ports with the environment variable DESKTOP_APP_SANDBOX_PORT.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/error_messages.py" line="149" />
            <source>No certificate is chosen for the environment {environment}. Choose one (Certificates page, --credential, or credential in the configuration).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/error_messages.py" line="152" />
            <source>The API {api} has no token_exchange_url in the configuration.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/error_messages.py" line="153" />
            <source>The API {api} answered HTTP {status}{problem}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/error_messages.py" line="155" />
            <source>The API {api} refused the access token (HTTP 401) even after a new token exchange{problem}. The certificate presented may not be the one the token is bound to.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/error_messages.py" line="158" />
            <source>The API {api} refuses this operation (HTTP 403){problem}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/error_messages.py" line="159" />
            <source>Nothing at this address on the API {api} (HTTP 404){problem}. Check the path.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/error_messages.py" line="160" />
            <source>There is no API named {api} in the environment {environment} (configured: {known}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/error_messages.py" line="162" />
            <source>The address {url} is outside the API {api} ({origin}): refused, so that its token is never sent elsewhere.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/error_messages.py" line="165" />
            <source>The API's authorization server does not accept the certificate « {credential} » for the application {client_id}: its subject (DN) is not registered for this client. Choose another certificate, or have this one registered.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/error_messages.py" line="170" />
            <source>The API's authorization server refused your Pro Santé Connect session. Sign in again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/error_messages.py" line="173" />
            <source>The API's authorization server refused the scope « {scope} ». Check the API's scope in the configuration.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/error_messages.py" line="176" />
            <source>The API's authorization server does not know the audience « {audience} ». Check the API's audience in the configuration.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/error_messages.py" line="179" />
            <source>The API's authorization server refused the token exchange ({error}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_app/gui/error_messages.py" line="180" />
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
