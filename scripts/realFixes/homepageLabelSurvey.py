# Survey for issue 18 (Homepage labels): every homepage.* label URL with a port, with which service publishes that port
# as its host side. Usage: python3 homepageLabelSurvey.py <folder>... > rows.jsonl
import os, re, sys, yaml, json
URL = re.compile(r'https?://([A-Za-z0-9_.\-]+|\$\{[A-Z0-9_]+\}):(\$\{[A-Za-z0-9_]+(?::?-[^}]*)?\}|\d{2,5})')
def ports(svc):
    out = []
    for p in svc.get('ports') or []:
        s = str(p.get('published','')) + ':' + str(p.get('target','')) if isinstance(p, dict) else str(p)
        s = s.split('/')[0]
        m = re.match(r'^(?:.*:)?(\$\{[^}]+\}|\d+)?:(\$\{[^}]+\}|\d+)$', s)
        if m: out.append((m.group(1), m.group(2)))
        elif re.match(r'^\d+$', s): out.append((None, s))
    return out
for root in sys.argv[1:]:
    for d, _, fs in os.walk(root):
        for f in fs:
            if not re.search(r'\.ya?ml$', f): continue
            p = os.path.join(d, f)
            try: doc = yaml.safe_load(open(p, errors='replace'))
            except Exception: continue
            if not isinstance(doc, dict) or not isinstance(doc.get('services'), dict): continue
            svcs = {k: v for k, v in doc['services'].items() if isinstance(v, dict)}
            names = {}
            for k, v in svcs.items():
                names[k] = k
                if v.get('container_name'): names[str(v['container_name'])] = k
            for name, svc in svcs.items():
                lab = svc.get('labels') or {}
                items = lab.items() if isinstance(lab, dict) else [tuple(str(x).split('=', 1)) if '=' in str(x) else (str(x), '') for x in lab]
                for k, v in items:
                    if not str(k).startswith('homepage.') : continue
                    for m in URL.finditer(str(v)):
                        host, port = m.group(1), m.group(2)
                        tgt = names.get(host)
                        row = dict(path=p, svc=name, key=str(k), url=m.group(0), host=host, port=port, target=tgt,
                                   own=ports(svc), tports=ports(svcs[tgt]) if tgt else None, netmode=str(svc.get('network_mode', '')),
                                   tnet=str(svcs[tgt].get('network_mode','')) if tgt else '')
                        # which service publishes this port as host side
                        row['host_of'] = [o for o, osv in svcs.items() if any(h == port for h, c in ports(osv))]
                        row['cont_of'] = [o for o, osv in svcs.items() if any(c == port for h, c in ports(osv))]
                        print(json.dumps(row))
