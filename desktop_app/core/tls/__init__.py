"""Client credentials and TLS: trust anchors, PKCS#12 files, PKCS#11 cards (CPS), PIN prompts.

- :mod:`.trust` — the client ``ssl.SSLContext``: OS trust store + the environment's CA bundle, TLS >= 1.2;
- :mod:`.certificate` — what is shown and checked of a certificate; RFC 8705 and ANS thumbprints;
- :mod:`.pin` — the :class:`~.pin.PinProvider` protocol (GUI dialog, terminal, environment);
- :mod:`.credentials` — the :class:`~.credentials.Credential` protocol and :func:`~.credentials.open_credential`;
- :mod:`.pkcs12`, :mod:`.card` — the two routes; :mod:`.provider`, :mod:`.sigalgs` — what the card route needs
  of OpenSSL; :mod:`.tokens`, :mod:`.pkcs11_worker` — PIN-less token listing on the one PKCS#11 thread;
- :mod:`.credential_set` — the app's configured credentials by name.

See ``docs/credentials.md``.
"""
