"""The wallet's HTML pages, in French: login, error, logged out.

Self-contained (inline CSS, no script, no external resource: the sandbox runs offline) and plain HTML forms
with named inputs, so a scripted user agent fills them the way a person would. Every dynamic value is escaped.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from starlette.responses import HTMLResponse

from desktop_app.sandbox.data import Practitioner

SANDBOX_NOTICE = "Bac à sable — environnement de test, aucune donnée réelle"
_HEADERS = {
    "Cache-Control": "no-store",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'",
}
_CSS = """
*{box-sizing:border-box}
body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif;
background:#f2f4f8;color:#1e1e2d}
.notice{background:#ffe9a8;color:#5b4300;text-align:center;padding:.6rem 1rem;font-weight:600;
border-bottom:2px solid #e7b416}
main{max-width:40rem;margin:2rem auto;background:#fff;border-radius:12px;box-shadow:0 4px 18px rgba(0,0,80,.08);
padding:2rem}
h1{margin:0 0 .3rem;font-size:1.45rem;color:#000091}
.brand{font-size:.85rem;letter-spacing:.08em;text-transform:uppercase;color:#5c5c7a;margin-bottom:1.2rem}
p{line-height:1.5}
fieldset{border:0;margin:1.4rem 0 0;padding:0}
legend{font-weight:700;margin-bottom:.6rem}
.choice{display:flex;gap:.8rem;align-items:flex-start;border:1px solid #d5d9e6;border-radius:8px;padding:.8rem 1rem;
margin-bottom:.6rem;cursor:pointer}
.choice:hover{border-color:#000091;background:#f5f5fe}
.choice input{margin-top:.3rem}
.who{font-weight:600}
.meta{display:block;font-size:.88rem;color:#55556b;margin-top:.15rem}
.modes{display:flex;gap:.8rem}.modes .choice{flex:1}
.actions{display:flex;gap:.8rem;margin-top:1.6rem}
button{font:inherit;padding:.65rem 1.4rem;border-radius:6px;border:1px solid #000091;cursor:pointer}
button.primary{background:#000091;color:#fff}button.secondary{background:#fff;color:#000091}
.error{background:#fde8e8;border:1px solid #e07a7a;color:#7a1010;border-radius:8px;padding:.8rem 1rem}
small{color:#6a6a80}
"""
_CIVILITY = {"DR": "Dr", "PR": "Pr", "MME": "Mme", "M": "M."}


def login_page(
    *,
    action: str,
    client_id: str,
    practitioners: Sequence[Practitioner],
    selected: str | None = None,
    problem: str | None = None,
) -> HTMLResponse:
    """The authorization page: pick a fictional practitioner and CPS card or e-CPS, then sign in or cancel.

    « Se connecter » is the first submit button: pressing Enter submits with the first one (HTML implicit
    submission), and Enter must sign in, not cancel.
    """
    chosen = selected if any(p.subject_name_id == selected for p in practitioners) else None
    chosen = chosen or practitioners[0].subject_name_id
    people = "".join(_practitioner_choice(p, p.subject_name_id == chosen) for p in practitioners)
    alert = f'<p class="error" role="alert">{escape(problem)}</p>' if problem else ""
    body = f"""
<h1>Connexion à Pro Santé Connect</h1>
<p class="brand">Pro Santé Connect — bac à sable</p>
<p>L'application <strong>{escape(client_id)}</strong> demande à vous identifier.
Choisissez un professionnel de santé fictif et un moyen d'authentification.</p>
{alert}
<form method="post" action="{escape(action)}">
<fieldset><legend>Professionnel de santé (fictif)</legend>{people}</fieldset>
<fieldset><legend>Moyen d'authentification</legend><div class="modes">
<label class="choice"><input type="radio" name="auth_mode" value="CARD">
<span><span class="who">Carte CPS</span><span class="meta">Carte et lecteur</span></span></label>
<label class="choice"><input type="radio" name="auth_mode" value="MOBILE" checked>
<span><span class="who">e-CPS</span><span class="meta">Application mobile</span></span></label>
</div></fieldset>
<div class="actions">
<button type="submit" name="action" value="login" class="primary">Se connecter</button>
<button type="submit" name="action" value="cancel" class="secondary">Annuler</button>
</div>
</form>"""
    return _page("Connexion — Pro Santé Connect (bac à sable)", body, status_code=400 if problem else 200)


def error_page(title: str, message: str, detail: str = "") -> HTMLResponse:
    """Shown instead of redirecting when the client or its redirect URI cannot be trusted (RFC 6749 §4.1.2.1)."""
    extra = f"<p><small>Détail technique : {escape(detail)}</small></p>" if detail else ""
    body = f'<h1>{escape(title)}</h1><p class="error">{escape(message)}</p>{extra}'
    return _page(title + " — Pro Santé Connect (bac à sable)", body, status_code=400)


def logged_out_page() -> HTMLResponse:
    body = (
        "<h1>Vous êtes déconnecté</h1>"
        "<p>Votre session Pro Santé Connect est terminée. Vous pouvez fermer cette fenêtre.</p>"
    )
    return _page("Déconnexion — Pro Santé Connect (bac à sable)", body)


def _practitioner_choice(practitioner: Practitioner, checked: bool) -> str:
    civility = _CIVILITY.get(practitioner.exercise_civility, "")
    name = f"{civility} {practitioner.given_name} {practitioner.family_name}".strip()
    places = " · ".join(a.structure.name for a in practitioner.activities)
    count = len(practitioner.activities)
    activities = f"{count} activités" if count > 1 else "1 activité"
    return (
        f'<label class="choice"><input type="radio" name="practitioner" '
        f'value="{escape(practitioner.subject_name_id)}"{" checked" if checked else ""}>'
        f'<span><span class="who">{escape(name)}</span>'
        f'<span class="meta">{escape(practitioner.profession_label)} — RPPS {escape(practitioner.rpps)}</span>'
        f'<span class="meta">{escape(activities)} : {escape(places)}</span></span></label>'
    )


def _page(title: str, body: str, *, status_code: int = 200) -> HTMLResponse:
    html = f"""<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(title)}</title><style>{_CSS}</style></head>
<body><div class="notice" role="note">{escape(SANDBOX_NOTICE)}</div>
<main>{body}</main></body></html>"""
    return HTMLResponse(html, status_code=status_code, headers=_HEADERS)
