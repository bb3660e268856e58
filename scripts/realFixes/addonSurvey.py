# Survey for issue 18 (Home Assistant add-ons): a prototype of the add-on reading, run over a git tree, before any
# rule is built on it. An add-on is a folder with config.{json,yaml,yml} holding `slug` and `ports` or
# `ingress_port` (developers.home-assistant.io, docs/add-ons/configuration.md); its Dockerfile is usually
# `FROM $BUILD_FROM`, the image named per architecture in build.{json,yaml,yml} `build_from`. Everything under the
# folder (rootfs/ is copied into the image) runs in one container, so `proxy_pass http://127.0.0.1:N` in its nginx
# and `ENV HEALTH_PORT=N` for its HEALTHCHECK are ports of that same container.
# A site is "warn" when N is not a container port of config `ports`, not `ingress_port` (8099 by default with
# `ingress: true`), not a port the image table gives the build_from image, and the number N is written nowhere else
# in the add-on's text files: nothing declares, starts or configures a listener there. The last condition is what
# keeps it quiet on internal processes started by the add-on's scripts (rootfs/etc/cont-init.d, services.d), so a
# rule built on it must read those scripts too (a Dockerfile/nginx/config-only count gave 9 false warnings over
# three repositories' HEAD). `warnKnownImage` also asks the table to know the image (see below).
# Usage: python3 scripts/realFixes/addonSurvey.py <git dir> <commit> [folder prefix] > sites.json  (run from the checkout)
import json, os, re, subprocess, sys
import yaml

gitdir, rev = sys.argv[1], sys.argv[2]
prefix = sys.argv[3] if len(sys.argv) > 3 else ''
HERE = os.path.dirname(os.path.abspath(__file__))
CHECKOUT = os.path.dirname(os.path.dirname(HERE))
CONFIG = re.compile(r'(^|/)config\.(json|ya?ml)$')
BINARY_OR_HISTORY = re.compile(r'\.(png|jpe?g|gif|ico|svg|woff2?|ttf|gz|zip|tar|bin)$|(^|/)CHANGELOG', re.I)

def git(*args):
    return subprocess.run(['git', '-C', gitdir, *args], capture_output=True, text=True, errors='replace').stdout

def load(path):
    text = git('show', f'{rev}:{path}')
    try:
        return json.loads(text) if path.endswith('.json') else yaml.safe_load(text)
    except Exception:
        return None

files = [f for f in git('ls-tree', '-r', '--name-only', rev).split('\n') if f and f.startswith(prefix)]
fileset = set(files)
addons = {}
for f in files:
    if CONFIG.search(f):
        config = load(f)
        if isinstance(config, dict) and 'slug' in config and ('ports' in config or 'ingress_port' in config):
            addons[f.rsplit('/', 1)[0] if '/' in f else ''] = config

def inside(path, folder):
    return folder == '' or path.startswith(folder + '/')

def image_of(folder):
    """The image the add-on's Dockerfile is built FROM, through build.{json,yaml,yml} for $BUILD_FROM (amd64's)."""
    dockerfile = f'{folder}/Dockerfile' if folder else 'Dockerfile'
    if dockerfile not in fileset:
        return None
    froms = re.findall(r'^\s*FROM\s+(?:--platform=\S+\s+)?(\S+)', git('show', f'{rev}:{dockerfile}'), re.M | re.I)
    if not froms:
        return None
    if 'BUILD_FROM' in froms[-1]:
        for ext in ('json', 'yaml', 'yml'):
            build = f'{folder}/build.{ext}' if folder else f'build.{ext}'
            if build in fileset:
                table = (load(build) or {}).get('build_from') or {}
                if isinstance(table, dict) and table:
                    return table.get('amd64') or next(iter(table.values()))
        return None
    return froms[-1] if '$' not in froms[-1] else None

sites = []
for folder, config in addons.items():
    # A nested add-on's files are its own.
    own = [f for f in files if inside(f, folder) and not any(o != folder and inside(o, folder) and inside(f, o) for o in addons)]
    texts = {f: git('show', f'{rev}:{f}') for f in own if not BINARY_OR_HISTORY.search(f)}
    ports = config.get('ports') if isinstance(config.get('ports'), dict) else {}
    declared = {int(m.group(1)) for m in (re.match(r'(\d+)', str(key)) for key in ports) if m}
    ingress = config.get('ingress_port', 8099 if config.get('ingress') else None)
    image = image_of(folder)
    for f, text in texts.items():
        found = [(m, 'proxy_pass') for m in re.finditer(r'proxy_pass\s+https?://(?:127\.0\.0\.1|localhost):(\d+)', text)]
        if f.endswith('Dockerfile'):
            found += [(m, 'HEALTH_PORT') for m in re.finditer(r'HEALTH_PORT=["\']?(\d+)', text)]
        for m, kind in found:
            port = int(m.group(1))
            if port in declared or port == ingress:
                continue
            written = sum(len(re.findall(rf'(?<![\d.]){port}(?!\d)', t)) for t in texts.values())
            sites.append(dict(addon=folder, file=f, line=text[:m.start(1)].count('\n') + 1, kind=kind, port=port, image=image,
                              declared=sorted(declared), ingress=ingress, written=written))

images = sorted({site['image'] for site in sites if site['image']})
known = {}
if images:
    run = subprocess.run(['node', '-r', 'tsx/cjs', '-r', './scripts/sourceDataFiles.ts', 'scripts/realFixes/imagePortsOf.ts'],
                         input='\n'.join(images), capture_output=True, text=True, cwd=CHECKOUT)
    known = json.loads(run.stdout.strip().split('\n')[-1])
for site in sites:
    site['imagePorts'] = known.get(site['image'])
    site['warn'] = site['written'] == 1 and not (site['imagePorts'] and site['port'] in site['imagePorts'])
    # An image the table does not know may listen on N by its own default, written nowhere in the add-on (mealie at
    # alexbelgium/hassio-addons HEAD~11000: nginx on 9001 passes to 9000, the hkotel/mealie image's own port).
    site['warnKnownImage'] = site['warn'] and site['imagePorts'] is not None
print(json.dumps({'addons': len(addons), 'sites': sites}))
