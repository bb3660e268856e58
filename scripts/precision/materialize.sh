#!/bin/bash
# materialize.sh <outdir> <mirror names...>: HEAD's port-relevant files of each mirror into <outdir>/<name>/.
# /work/corpus/lead/materialize.sh with /work/corpus/18p2/mat-spaces.sh folded in: a repository with a space in any
# selected path is written one file at a time (the unquoted pathspec list made git archive fail whole, silently).
out=$1; shift
for n in "$@"; do
  g=/work/.mirror/$n/repo; [ -d "$g/.git" ] && g=$g/.git
  d=$out/$n; rm -rf "$d"; mkdir -p "$d"
  git -C "$g" ls-tree -r --name-only HEAD | grep -E '(^|/)(\.env[^/]*|[^/]*\.ya?ml|[^/]*\.conf[^/]*|Dockerfile[^/]*|[^/]*\.env|[^/]*\.dockerfile)$' | grep -v '^\.github/' | head -20000 > /tmp/mat.$$.list
  # An empty list would make git archive write the whole tree (no pathspec): nothing to write then.
  if [ ! -s /tmp/mat.$$.list ]; then sp='(none)'
  elif grep -q ' ' /tmp/mat.$$.list; then
    while IFS= read -r p; do mkdir -p "$d/$(dirname "$p")"; git -C "$g" show "HEAD:$p" > "$d/$p" 2>/dev/null; done < /tmp/mat.$$.list
    sp='*'
  else
    git -C "$g" archive --format=tar HEAD $(sed 's/^/:(literal)/' /tmp/mat.$$.list) 2>/dev/null | tar -x -C "$d" 2>/dev/null
    sp=''
  fi
  echo "$n$sp $(git -C "$g" rev-parse HEAD) $(find $d -type f | wc -l)"
done
rm -f /tmp/mat.$$.list
