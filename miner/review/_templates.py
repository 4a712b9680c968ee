"""Server-rendered HTML (Jinja2, autoescape on): every value from a paper is escaped."""

from __future__ import annotations

from jinja2 import DictLoader, Environment, select_autoescape

__all__ = ["templates"]

_BASE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{% block title %}miner review{% endblock %}</title>
<style nonce="{{ nonce }}">
body{font-family:system-ui,sans-serif;margin:0;color:#222}
header{background:#305496;color:#fff;padding:.5rem 1rem;display:flex;gap:1rem;align-items:center}
header a{color:#fff} main{padding:1rem}
table{border-collapse:collapse;width:100%} td,th{border-bottom:1px solid #ddd;padding:.3rem .4rem;vertical-align:top;text-align:left}
tr.current{outline:2px solid #305496}
.hi{background:#C6EFCE}.mid{background:#FFEB9C}.lo{background:#FFC7CE}
.status-verified,.status-corrected,.status-rejected{background:#DDEBF7}
.quote{font-size:.85rem;color:#444;max-width:34rem}
.layout{display:grid;grid-template-columns:minmax(0,3fr) minmax(0,2fr);gap:1rem}
.pageimg{position:sticky;top:0;max-width:100%;border:1px solid #ccc}
form.inline{display:inline} input[type=text]{width:11rem} kbd{border:1px solid #aaa;border-radius:3px;padding:0 .25rem}
.msg{background:#FFEB9C;padding:.4rem}
</style></head><body>
<header><strong>miner review</strong>{% if reviewer %}<span>signed in as {{ reviewer }}</span>
<a href="/">queue</a>{% endif %}</header>
<main>{% block main %}{% endblock %}</main>
{% block script %}{% endblock %}
</body></html>"""

_LOGIN = """{% extends "base.html" %}{% block main %}
<h1>Sign in</h1>
{% if error %}<p class="msg">{{ error }}</p>{% endif %}
<form method="post" action="/login">
<label>Reviewer token <input type="password" name="token" id="token" autofocus autocomplete="off"></label>
<button type="submit" id="signin">Sign in</button>
</form>
<p>Ask the team lead for a token (<code>miner review add-reviewer NAME</code>).</p>
{% endblock %}"""

_QUEUE = """{% extends "base.html" %}{% block main %}
<h1>Studies to review</h1>
<table><tr><th>document</th><th>your progress</th><th></th></tr>
{% for s in studies %}<tr>
<td><a href="/study/{{ s.id }}" class="study-link">{{ s.name }}</a></td>
<td><progress max="{{ s.total or 1 }}" value="{{ s.done }}"></progress> {{ s.done }} / {{ s.total }}</td>
<td>{% if s.done >= s.total and s.total %}done{% endif %}</td></tr>
{% else %}<tr><td colspan="3">No studies in this database yet.</td></tr>{% endfor %}
</table>{% endblock %}"""

_STUDY = """{% extends "base.html" %}{% block title %}{{ name }} - miner review{% endblock %}{% block main %}
<h1>{{ name }}</h1>
<p>{{ done }} / {{ total }} decided by you.
Keys: <kbd>j</kbd>/<kbd>k</kbd> next/previous, <kbd>v</kbd> verify, <kbd>c</kbd> correct, <kbd>r</kbd> reject.</p>
<div class="layout"><div>
<table id="fields"><tr><th>field</th><th>prefilled</th><th>conf.</th><th>evidence</th><th>your decision</th><th></th></tr>
{% for f in fields %}
<tr class="row" id="row-{{ f.anchor }}" data-page="{{ f.page or '' }}" data-img="{{ f.img or '' }}">
<td>{{ f.label }}</td>
<td class="{{ f.conf_class }}"><span class="value">{{ f.value_text }}</span></td>
<td>{{ f.confidence_text }}</td>
<td class="quote">{% if f.page %}p{{ f.page }}: {% endif %}{{ f.quote }}</td>
<td class="status-{{ f.mine_status }}"><span class="mine">{{ f.mine_status or '' }}</span>
{% if f.mine_status == 'corrected' %}: {{ f.mine_value }}{% endif %}</td>
<td><form method="post" action="/study/{{ doc_id }}/decide" class="inline decide">
<input type="hidden" name="csrf" value="{{ csrf }}"><input type="hidden" name="target" value="{{ f.target }}">
<input type="hidden" name="key" value="{{ f.key }}">
<button name="action" value="verify" class="verify" {% if not f.has_value %}disabled{% endif %}>verify</button>
<button name="action" value="reject" class="reject">reject</button>
<input type="text" name="value" class="correct-value" value="{{ f.edit_text }}" aria-label="corrected value">
<button name="action" value="correct" class="correct">correct</button>
</form></td></tr>
{% endfor %}</table>
</div><div>{% if has_pdf %}<img id="pageimg" class="pageimg" alt="PDF page with the evidence highlighted" src="">
{% else %}<p>No PDF on this machine for this document: the quotes are the evidence.</p>{% endif %}</div></div>
{% endblock %}
{% block script %}<script nonce="{{ nonce }}">
(function(){
  const rows=[...document.querySelectorAll('tr.row')]; let i=0;
  const img=document.getElementById('pageimg');
  function show(n){ if(!rows.length) return; i=Math.max(0,Math.min(rows.length-1,n));
    rows.forEach(r=>r.classList.remove('current')); const r=rows[i]; r.classList.add('current');
    if(img && r.dataset.img){ img.src=r.dataset.img; } r.scrollIntoView({block:'nearest'});
    history.replaceState(null,'','#'+r.id); }
  rows.forEach((r,n)=>r.addEventListener('click',()=>show(n)));
  const start=rows.findIndex(r=>'#'+r.id===location.hash); show(start>=0?start:0);
  document.addEventListener('keydown',e=>{
    if(e.target.tagName==='INPUT'){ if(e.key==='Escape') e.target.blur(); return; }
    const r=rows[i]; if(!r) return;
    if(e.key==='j') show(i+1); else if(e.key==='k') show(i-1);
    else if(e.key==='v'){ const b=r.querySelector('button.verify'); if(!b.disabled) b.click(); }
    else if(e.key==='r') r.querySelector('button.reject').click();
    else if(e.key==='c'){ e.preventDefault(); const f=r.querySelector('input.correct-value'); f.focus(); f.select(); }
  });
})();
</script>{% endblock %}"""


def templates() -> Environment:
    """The Jinja2 environment (autoescape for every template)."""
    return Environment(
        loader=DictLoader({"base.html": _BASE, "login.html": _LOGIN, "queue.html": _QUEUE, "study.html": _STUDY}),
        autoescape=select_autoescape(default=True, default_for_string=True),
    )
