# Survey for issue 18 (health checks): every compose health check on the container's own address (localhost:P) with what
# the service and its neighbours declare, one JSON row each. Usage: python3 healthCheckSurvey.py <folder>... > rows.jsonl
import os, re, sys, yaml, json
HC = re.compile(r'(?:localhost|127\.0\.0\.1|0\.0\.0\.0|\[::1\]):(\d{2,5})\b')
def ports_of(svc):
    cont, host = set(), set()
    for p in svc.get('ports') or []:
        if isinstance(p, dict):
            if str(p.get('target','')).isdigit(): cont.add(int(p['target']))
            if str(p.get('published','')).isdigit(): host.add(int(p['published']))
            continue
        s = str(p).split('/')[0]
        parts = s.rsplit(':', 1)
        c = parts[-1]
        if c.isdigit(): cont.add(int(c))
        if len(parts) == 2:
            h = parts[0].rsplit(':',1)[-1]
            if h.isdigit(): host.add(int(h))
    exp = set()
    for e in svc.get('expose') or []:
        s = str(e).split('/')[0]
        if s.isdigit(): exp.add(int(s))
    return cont, host, exp
def labels_ports(svc):
    lab = svc.get('labels') or {}
    items = lab.items() if isinstance(lab, dict) else [tuple(str(x).split('=',1)) if '=' in str(x) else (str(x),'') for x in lab]
    out = set()
    for k, v in items:
        k = str(k)
        if re.search(r'server\.port|reverse_proxy|VIRTUAL_PORT', k) and re.search(r'(\d{2,5})', str(v)):
            out.add(int(re.search(r'(\d{2,5})', str(v)).group(1)))
    return out
rows = []
for root in sys.argv[1:]:
    for d, _, fs in os.walk(root):
        for f in fs:
            if not re.search(r'\.ya?ml$', f): continue
            p = os.path.join(d, f)
            try:
                doc = yaml.safe_load(open(p, errors='replace'))
            except Exception: continue
            if not isinstance(doc, dict) or not isinstance(doc.get('services'), dict): continue
            svcs = {k: v for k, v in doc['services'].items() if isinstance(v, dict)}
            for name, svc in svcs.items():
                hc = svc.get('healthcheck')
                if not isinstance(hc, dict): continue
                t = hc.get('test'); t = ' '.join(map(str, t)) if isinstance(t, list) else str(t)
                for m in HC.finditer(t):
                    P = int(m.group(1))
                    cont, host, exp = ports_of(svc)
                    text = yaml.safe_dump(svc)
                    others = {}
                    for on, osv in svcs.items():
                        if on == name: continue
                        oc, oh, oe = ports_of(osv)
                        if P in oc | oe: others[on] = 'listens'
                        elif P in oh: others[on] = 'host'
                    rows.append(dict(path=p, svc=name, port=P, image=str(svc.get('image','')), build='build' in svc,
                        cont=sorted(cont), host=sorted(host), expose=sorted(exp), labels=sorted(labels_ports(svc)),
                        declared=P in cont | exp, hostside=P in host and P not in cont, elsewhere=len(re.findall(r"(?<![0-9])%d(?![0-9])" % P, text)) > len(re.findall(r"(?<![0-9])%d(?![0-9])" % P, t)),
                        command='command' in svc or 'entrypoint' in svc, netmode=str(svc.get('network_mode','')), others=others))
for r in rows: print(json.dumps(r))
