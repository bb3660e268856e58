#!/usr/bin/env python3
# Writes one real-fix case (see mining-real-fixes.md) from a mirror: the parent of <commit>, the first line of <path>
# there that holds <wrong substring>, the fix's line, the subject; a person supplies the kind and the evidence.
# usage: mkcase.py <cases.jsonl> <owner/repo> <commit> <path> '<wrong substring>' <kind> '<evidence>'
import sys,subprocess,json
out,repo,commit,path,wrong,kind,evidence=sys.argv[1:8]
d=f"/work/.mirror/{repo.replace('/','+')}/repo"
g=lambda *a: subprocess.run(['git','-C',d,*a],capture_output=True,text=True).stdout
full=g('rev-parse',commit).strip(); parent=g('rev-parse',full+'^').strip()
subj=g('log','-1','--format=%s',full).strip()
old=g('show',f'{parent}:{path}').split('\n'); new=g('show',f'{full}:{path}').split('\n')
hits=[i for i,l in enumerate(old) if wrong in l]
assert hits, 'wrong text not found'
i=hits[0]
fixed=next((l.strip() for l in new if l.strip() not in [o.strip() for o in old] and l.strip()[:6]==old[i].strip()[:6]), '')
c=dict(id=f"{repo.split('/')[1][:14]}-{full[:7]}-{i+1}",repo=repo,commit=full,parent=parent,path=path,line=i+1,wrong=old[i].strip(),fixed=fixed,subject=subj,kind=kind,evidence=evidence)
print(json.dumps(c))
open(out,'a').write(json.dumps(c)+'\n')
