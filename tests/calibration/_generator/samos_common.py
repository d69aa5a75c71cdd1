import sys, os; sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import sys, copy; sys.path.insert(0, __import__("os").path.dirname(__import__("os").path.abspath(__file__)))
from gen import write, story, LIB, opts
from kit.content.models import Kind
F = "samos.fasen-onrust."
H = "samos.handelingsperspectieven."
V = "spanningen.escalatiemodel.voorwaarden."
PR = "spanningen.escalatiemodel.principes."

def fit(eid, answers):
    """Keep only steps/questions of this exercise and only option ids it offers."""
    ex = LIB.exercises[eid]
    out = {}
    for st in ex.steps:
        if st.id not in answers:
            continue
        so = {}
        for q in st.vragen:
            if q.id not in answers[st.id]:
                continue
            variant = eid.split("/")[-1]
            v = copy.deepcopy(answers[st.id].get(f"{q.id}@{variant}", answers[st.id][q.id]))
            allowed = set(opts(ex, st.id, q.id))
            if q.soort == Kind.choose_many and isinstance(v, list):
                v = [x for x in v if x in allowed]
                if not v:
                    continue
            if q.soort == Kind.timeline and v not in allowed:
                continue
            if q.soort == Kind.records:
                rows = []
                for r in v:
                    ok = True
                    for f in q.velden:
                        fo = ex.field_options.get((st.id, q.id, f.id))
                        if fo and r.get(f.id) not in {o.id for o in fo}:
                            ok = False
                    if ok:
                        rows.append(r)
                v = rows
            so[q.id] = v
        if so:
            out[st.id] = so
    return out

def fit_mis(eid, mis):
    flat = {}
    nested = {}
    for k, v in mis.items():
        s, q = k.split(".", 1)
        nested.setdefault(s, {})[q] = v
    f = fit(eid, nested)
    for s, qs in f.items():
        for q, v in qs.items():
            flat[f"{s}.{q}"] = v
    return flat

def paste_for(scen_id, eid):
    ex = LIB.exercises[eid]
    parts = [ex.scenario.verhaal.strip()] + [f"{i.tijd}: {i.tekst.strip()}" for i in ex.injects]
    return "\n\n".join(parts)

def run(scen, E, M, only=None):
    for n in range(1, 7):
        eid = f"{scen}/oefenvorm-{n}"
        if only and eid not in only:
            continue
        write(eid, fit(eid, E), fit_mis(eid, M), paste_for(scen, eid))
