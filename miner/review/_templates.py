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
.layout{display:grid;grid-template-columns:minmax(0,2fr) minmax(0,1fr);gap:1rem}
.pageimg{position:sticky;top:0;max-width:100%;border:1px solid #ccc}
form.inline{display:inline} input[type=text]{width:11rem} kbd{border:1px solid #aaa;border-radius:3px;padding:0 .25rem}
.msg{background:#FFEB9C;padding:.4rem}
.hidden{display:none}
.viewer{position:sticky;top:0;align-self:start;max-height:100vh;overflow:auto}
.viewer .pageimg{position:static}
figure.figview{margin:0;border:1px solid #ccc;padding:.3rem;background:#fff}
figure.figview svg{width:100%;height:auto;display:block}
figure.figview figcaption{font-size:.8rem;color:#444;margin-top:.3rem}
.pt{cursor:pointer}
.pt circle{fill:none;stroke:#D81B9C;stroke-width:1.1;pointer-events:all}
.pt.st-verified circle{stroke:#1A7F37;stroke-width:1.6}
.pt.st-corrected circle{stroke:#305496;stroke-width:1.6}
.pt.st-rejected circle{stroke:#777;stroke-dasharray:2 1.5}
.pt.current circle{stroke-width:2.6}
.pt text{font-family:system-ui,sans-serif;paint-order:stroke;stroke:#fff;stroke-width:3px;stroke-linejoin:round}
.pt .num{font-size:5.5px;fill:#8A0F63}
.pt .lbl{font-size:8px;font-weight:600;fill:#222;display:none}
.pt.current .lbl,.pt:hover .lbl{display:inline}
.other circle{fill:none;stroke:#999;stroke-width:.8;stroke-dasharray:1 1}
.legend span{display:inline-block;width:.7rem;height:.7rem;border-radius:50%;border:2px solid #D81B9C;vertical-align:middle}
.legend .l-verified{border-color:#1A7F37}.legend .l-corrected{border-color:#305496}
.legend .l-rejected{border-color:#777;border-style:dashed}
input.num-in{width:3rem}
table.figtable td.nw{white-space:nowrap}
h2{font-size:1.15rem;margin-top:1.5rem} h3{font-size:1rem;margin:.8rem 0 .2rem}
.fignote{font-size:.85rem;color:#444;margin:.2rem 0 .4rem}
.edit select{max-width:9rem} .checks label{white-space:nowrap;margin-right:.3rem;font-size:.85rem}
form.addrow{display:flex;flex-wrap:wrap;gap:.3rem .6rem;align-items:center;font-size:.9rem;
 background:#F3F6FB;padding:.4rem;border:1px solid #DDEBF7}
form.addrow input[type=text]:not(.num-in){width:10rem} details.addfig{margin:.4rem 0 1rem}
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

_MACROS = """{% macro opts(options, chosen, blank='') %}{% if blank %}<option value="">{{ blank }}</option>{% endif %}
{% for o in options %}{% set v = o[0] if o is not string else o %}{% set t = o[1] if o is not string else o %}
<option value="{{ v }}"{% if v == chosen %} selected{% endif %}>{{ t }}</option>{% endfor %}{% endmacro %}
{% macro num(name, value, label, first=false) %}<input type="text" inputmode="decimal" name="{{ name }}"
 class="num-in{% if first %} correct-value{% endif %}" value="{{ value }}" aria-label="{{ label }}" title="{{ label }}">{% endmacro %}
{% macro edit(f) %}{% set e = f.editor %}{% set p = e.parts or {} %}
{% if e.kind == 'select' %}<select name="value" class="correct-value" aria-label="corrected {{ f.label }}">
{{ opts(e.options, e.value, '(choose)' if not e.value else '') }}</select>
{% elif e.kind == 'number' %}{{ num('value', e.value, 'corrected ' ~ f.label, true) }}{% if e.hint %} <small>{{ e.hint }}</small>{% endif %}
{% elif e.kind == 'checks' %}<span class="checks">{% for o in e.options %}<label><input type="checkbox" name="items"
 value="{{ o }}"{% if o in e.chosen %} checked{% endif %}{% if loop.first %} class="correct-value"{% endif %}>{{ o }}</label>
{% endfor %}{% if e.open %}<input type="text" name="p_more" value="{{ e.more }}" placeholder="others: a, b"
 aria-label="other {{ f.label }}">{% endif %}</span>
{% elif e.kind == 'range' %}{{ num('p_low', p.low, 'lowest', true) }}&ndash;{{ num('p_high', p.high, 'highest') }} {{ e.unit }}
{% elif e.kind == 'size' %}{{ num('p_value', p.value, 'size in nm', true) }} nm
<select name="p_stat" aria-label="statistic">{{ opts(e.stats, p.stat, 'stat') }}</select>
<select name="p_method" aria-label="method">{{ opts(e.methods, p.method, 'method') }}</select>
range {{ num('p_low', p.low, 'smallest size in nm') }}&ndash;{{ num('p_high', p.high, 'largest size in nm') }} nm
{% elif e.kind == 'dose' %}{{ num('p_amount', p.amount, 'amount', true) }}
<select name="p_unit" aria-label="unit">{{ opts(e.units, p.unit, 'unit') }}</select>
in {{ num('p_volume_ul', p.volume_ul, 'volume in µL') }} µL
<select name="p_basis" aria-label="basis">{{ opts(e.bases, p.basis, 'basis') }}</select>
{% elif e.kind == 'frequency' %}{{ num('p_doses', p.doses, 'number of doses', true) }} doses, every
{{ num('p_interval_h', p.interval_h, 'hours between doses') }} h
{% elif e.kind == 'eligibility' %}<select name="p_decision" class="correct-value" aria-label="decision">
{{ opts(e.options, p.decision, 'decision') }}</select>
{% elif e.kind == 'outcome' %}mean {{ num('o_mean', p.mean, 'mean', true) }} SD {{ num('o_sd', p.sd, 'SD') }}
SEM {{ num('o_sem', p.sem, 'SEM') }} n {{ num('o_n', p.n, 'n') }}
{% else %}<input type="text" name="value" class="correct-value" value="{{ e.value }}" aria-label="corrected value">
{% endif %}{% endmacro %}
{% macro add_form(page, source) %}<form method="post" action="/study/{{ doc_id }}/add-outcome" class="addrow">
<input type="hidden" name="csrf" value="{{ csrf }}">
<label>group <input type="text" name="group" required maxlength="120" placeholder="as the paper writes it"></label>
<label>arm <select name="arm" required>{{ opts(arms, '', '(choose)') }}</select></label>
<label>day {{ num('day', '', 'days after injury') }}</label>
<select name="day_unit" aria-label="day or week"><option value="days">days</option><option value="weeks">weeks</option></select>
<label>mean {{ num('mean', '', 'BBB mean (0-21)') }}</label>
<label>&plusmn; {{ num('error', '', 'SD or SEM') }}</label>
<select name="error_kind" aria-label="SD or SEM">{{ opts(['sd', 'sem'], '', 'SD/SEM') }}</select>
<label>n {{ num('n', '', 'animals') }}</label>
<label>page {{ num('page', page or '', 'PDF page') }}</label>
{% if source %}<input type="hidden" name="source" value="{{ source }}">{% else %}
<label>from <select name="source" required>{{ opts(sources, '', '(choose)') }}</select></label>{% endif %}
<button type="submit" class="add">add</button></form>{% endmacro %}"""

_MESSAGE = """{% extends "base.html" %}{% block main %}
<h1>Not recorded</h1>
<p class="msg" id="error">{{ error }}</p>
<p><a href="/study/{{ doc_id }}">Back to the study</a> (your browser's back button keeps what you typed).</p>
{% endblock %}"""

_STUDY = """{% extends "base.html" %}{% from "macros.html" import edit, add_form with context %}
{% block title %}{{ name }} - miner review{% endblock %}{% block main %}
<h1>{{ name }}</h1>
<p>{{ done }} / {{ total }} decided by you.
Keys: <kbd>j</kbd>/<kbd>k</kbd> next/previous, <kbd>v</kbd> verify, <kbd>c</kbd> correct
(type, then <kbd>Enter</kbd>), <kbd>r</kbd> reject.{% if figures %} <a href="#figures">Values read from figures</a>.{% endif %}</p>
<div class="layout"><div>
<table id="fields"><tr><th>field</th><th>prefilled</th><th>conf.</th><th>evidence</th><th>your decision</th><th></th></tr>
{% for f in fields %}
<tr class="row" id="row-{{ f.anchor }}" data-page="{{ f.page or '' }}" data-img="{{ f.img or '' }}">
<td>{{ f.label }}</td>
<td class="{{ f.conf_class }}"><span class="value">{{ f.value_text }}</span></td>
<td>{{ f.confidence_text }}</td>
<td class="quote">{% if f.page %}p{{ f.page }}: {% endif %}{{ f.quote }}{% if not f.quote and f.target == 'outcome' and not f.has_value %}<em>typed by you</em>{% endif %}</td>
<td class="status-{{ f.mine_status }}"><span class="mine">{{ f.mine_status or '' }}</span>
{% if f.mine_status == 'corrected' %}: {{ f.mine_value }}{% endif %}</td>
<td><form method="post" action="/study/{{ doc_id }}/decide" class="inline decide">
<input type="hidden" name="csrf" value="{{ csrf }}"><input type="hidden" name="target" value="{{ f.target }}">
<input type="hidden" name="key" value="{{ f.key }}">
<button name="action" value="verify" class="verify" {% if not f.has_value %}disabled{% endif %}>verify</button>
<button name="action" value="reject" class="reject">reject</button>
<span class="edit">{{ edit(f) }}</span>
<button name="action" value="correct" class="correct">correct</button>
</form></td></tr>
{% endfor %}</table>
<h2 id="add-outcome">Add a BBB value miner missed</h2>
{{ add_form(none, '') }}
{% if figures %}<h2 id="figures">BBB values read from figures</h2>
<p class="fignote">Each point was read from the plot, not the text: compare it with the figure beside the table
(the selected point is labelled), then verify it or type the right mean and error and press <kbd>Enter</kbd>.</p>
{% for fig in figures %}
<h3>{{ fig.name }}</h3>
<p class="fignote">{% if fig.how %}{{ fig.how[:1]|upper }}{{ fig.how[1:] }}.{% endif %}{% if fig.reason %} The plot cannot be shown: {{ fig.reason }}.{% endif %}</p>
<table class="figtable" id="table-{{ fig.id }}"><tr><th>#</th><th>group</th><th>day</th><th>value read</th>
<th>conf.</th><th>yours</th><th></th></tr>
{% for f in fig.rows %}
<tr class="row figrow" id="row-{{ f.anchor }}" data-page="{{ f.page or '' }}" data-img="{{ f.img or '' }}"
 data-fig="{{ f.fig }}" data-pt="{{ f.pt }}">
<td>{{ f.number }}</td><td class="nw">{{ f.group }}<br><small>{{ f.arm }}</small></td><td>{{ f.day_text }}</td>
<td class="nw {{ f.conf_class }}"><span class="value">{{ f.machine_text }}</span>
{% if not f.placed and fig.img %}<br><small>not found on the plot when it was read again</small>{% endif %}</td>
<td>{{ f.confidence_text }}</td>
<td class="status-{{ f.mine_status }}"><span class="mine">{{ f.mine_status or '' }}</span>{% if f.mine_text %}:
<small>{{ f.mine_text }}</small>{% endif %}</td>
<td class="nw"><form method="post" action="/study/{{ doc_id }}/decide" class="inline decide">
<input type="hidden" name="csrf" value="{{ csrf }}"><input type="hidden" name="target" value="outcome">
<input type="hidden" name="key" value="{{ f.key }}">
{% if f.error_hint %}<input type="hidden" name="error_kind" value="{{ f.error_hint }}">{% endif %}
<button name="action" value="verify" class="verify" {% if not f.has_value %}disabled{% endif %}>verify</button>
<button name="action" value="reject" class="reject">reject</button>
<input type="text" name="mean" class="correct-value num-in" value="{{ f.mean_edit }}" inputmode="decimal"
 aria-label="corrected mean" title="mean">
&plusmn; <input type="text" name="error" class="correct-error num-in" value="{{ f.error_edit }}" inputmode="decimal"
 aria-label="corrected {{ f.error_name }}" title="{{ f.error_name }}" {% if not f.error_col %}disabled{% endif %}>
<small>{{ f.error_name }}</small>
<button name="action" value="correct" class="correct">correct</button>
</form></td></tr>
{% endfor %}</table>
<details class="addfig"><summary>Add a point miner missed on this figure</summary>{{ add_form(fig.page, 'figure') }}</details>
{% endfor %}{% endif %}
{% if figure_notes %}<h2 id="unread-figures">Figures to read by hand</h2>
<ul class="fignote">{% for n in figure_notes %}<li>{{ n }}</li>{% endfor %}</ul>{% endif %}
{% if score_notes %}<h2 id="unread-scores">BBB scores to read by hand</h2>
<ul class="fignote">{% for n in score_notes %}<li>{{ n }}</li>{% endfor %}</ul>{% endif %}
</div><div class="viewer">{% if has_pdf %}<img id="pageimg" class="pageimg" alt="PDF page with the evidence highlighted" src="">
{% else %}<p>No PDF on this machine for this document: the quotes are the evidence.</p>{% endif %}
{% for fig in figures %}{% if fig.img %}
<figure class="figview hidden" id="{{ fig.id }}">
<svg viewBox="{{ fig.viewbox }}" role="img" aria-label="{{ fig.name }} with the points miner read marked"
 xmlns="http://www.w3.org/2000/svg">
<image href="{{ fig.img }}" x="{{ fig.clip[0] }}" y="{{ fig.clip[1] }}" width="{{ fig.clip[2] - fig.clip[0] }}"
 height="{{ fig.clip[3] - fig.clip[1] }}" preserveAspectRatio="none"/>
{% for o in fig.others %}<g class="other"><title>{{ o.title }}</title><circle cx="{{ o.x }}" cy="{{ o.y }}" r="3.5"/></g>
{% endfor %}{% for m in fig.marks %}<g class="pt st-{{ m.status or 'prefilled' }}" id="{{ m.id }}" data-row="{{ m.row }}">
<title>#{{ m.number }} {{ m.label }}</title><circle cx="{{ m.x }}" cy="{{ m.y }}" r="4.5"/>
<text class="num" x="{{ m.nx }}" y="{{ m.ny }}">{{ m.number }}</text>
<text class="lbl" x="{{ m.lx }}" y="{{ m.ly }}" text-anchor="{{ m.anchor }}">{{ m.label }}</text></g>
{% endfor %}</svg>
<figcaption><strong>{{ fig.name }}</strong>: {{ fig.how }}.
<span class="legend"><span></span> to check <span class="l-verified"></span> verified
<span class="l-corrected"></span> corrected <span class="l-rejected"></span> rejected</span><br>{{ fig.caption }}</figcaption>
</figure>{% endif %}{% endfor %}</div></div>
{% endblock %}
{% block script %}<script nonce="{{ nonce }}">
(function(){
  const rows=[...document.querySelectorAll('tr.row')]; let i=0;
  const img=document.getElementById('pageimg');
  const figs=[...document.querySelectorAll('figure.figview')];
  function view(r){
    // A figure row shows its plot with its point selected; any other row the PDF page.
    figs.forEach(f=>f.classList.add('hidden'));
    document.querySelectorAll('.pt.current').forEach(p=>p.classList.remove('current'));
    const fig=r.dataset.fig?document.getElementById(r.dataset.fig):null;
    if(fig){ fig.classList.remove('hidden'); if(img) img.classList.add('hidden');
      const pt=r.dataset.pt?document.getElementById(r.dataset.pt):null;
      if(pt){ pt.classList.add('current'); pt.parentNode.appendChild(pt); } return; }
    if(img){ img.classList.remove('hidden'); if(r.dataset.img){ img.src=r.dataset.img; } } }
  function show(n){ if(!rows.length) return; i=Math.max(0,Math.min(rows.length-1,n));
    rows.forEach(r=>r.classList.remove('current')); const r=rows[i]; r.classList.add('current');
    view(r); r.scrollIntoView({block:'nearest'});
    history.replaceState(null,'','#'+r.id); }
  rows.forEach((r,n)=>r.addEventListener('click',()=>show(n)));
  document.querySelectorAll('.pt[data-row]').forEach(p=>p.addEventListener('click',()=>{
    const n=rows.findIndex(r=>r.id===p.dataset.row); if(n>=0) show(n); }));
  const start=rows.findIndex(r=>'#'+r.id===location.hash); show(start>=0?start:0);
  document.addEventListener('keydown',e=>{
    if(['INPUT','SELECT','TEXTAREA'].includes(e.target.tagName)){ if(e.key==='Escape') e.target.blur();
      // Enter in a correction box corrects (the form's first button would verify the old value).
      else if(e.key==='Enter'){ const row=e.target.closest('tr.row');
        if(row){ e.preventDefault(); row.querySelector('button.correct').click(); } }
      return; }
    const r=rows[i]; if(!r) return;
    if(e.key==='j') show(i+1); else if(e.key==='k') show(i-1);
    else if(e.key==='v'){ const b=r.querySelector('button.verify'); if(!b.disabled) b.click(); }
    else if(e.key==='r') r.querySelector('button.reject').click();
    else if(e.key==='c'){ e.preventDefault(); const f=r.querySelector('.correct-value');
      if(f){ f.focus(); if(f.select) f.select(); } }
  });
})();
</script>{% endblock %}"""


def templates() -> Environment:
    """The Jinja2 environment (autoescape for every template)."""
    return Environment(
        loader=DictLoader({"base.html": _BASE, "login.html": _LOGIN, "queue.html": _QUEUE, "study.html": _STUDY,
                           "macros.html": _MACROS, "message.html": _MESSAGE}),
        autoescape=select_autoescape(default=True, default_for_string=True),
    )
