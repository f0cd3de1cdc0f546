"""A self-hosted deployment on this machine: a bare repository with the deploy hooks,
the site's working copy that pushes to it, and Debian's nginx on 127.0.0.1 serving
deploy/nginx/site.conf. nginx is started and stopped (by its pid) by the fixture.

Its ports are never picked then bound: the fixture binds both on port 0 and listens
on them first, and nginx inherits the sockets (its NGINX variable, made for upgrading
its binary), so no other process can take them, and a request made before nginx is
ready waits in the socket's queue instead of failing."""

import os
import shutil
import socket
import subprocess
import urllib.error
import urllib.request

import pytest

from tests.helpers import ROOT

NGINX = shutil.which("nginx") or "/usr/sbin/nginx"
BROTLI_MODULE = "/usr/lib/nginx/modules/ngx_http_brotli_static_module.so"
GIT_ENV = {"GIT_AUTHOR_NAME": "Test", "GIT_AUTHOR_EMAIL": "test@example.invalid",
           "GIT_COMMITTER_NAME": "Test", "GIT_COMMITTER_EMAIL": "test@example.invalid"}


def git(*args, cwd):
    return subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True,
                          text=True, env={**os.environ, **GIT_ENV})


HOOKS = ("pre-receive", "post-receive", "deploy-common.sh")


class Deployment:
    """The pieces of one deployment, and what a test does with them."""

    def __init__(self, base):
        self.sockets = [listening_socket(), listening_socket()]  # site, HTTP redirect
        self.port, self.http_port = (s.getsockname()[1] for s in self.sockets)
        self.base = base
        self.origin = f"http://127.0.0.1:{self.port}"
        self.repo = base / "site.git"
        self.site_root = base / "site"
        self.work = base / "work"

    def configure(self, **settings):
        """Writes hooks/deploy.env: the test's settings, and `settings` over them
        (a value of None leaves that setting out)."""
        values = {"SITE_ROOT": self.site_root, "PUBLIC_URL": self.origin,
                  "SITE_VENV": ROOT / ".venv", "KEEP_RELEASES": 3, **settings}
        (self.repo / "hooks/deploy.env").write_text(
            "".join(f"{key}={value}\n" for key, value in values.items() if value is not None))

    def branch(self):
        """The commit the bare repository's main branch is at."""
        return git("rev-parse", "main", cwd=self.repo).stdout.strip()

    @property
    def live(self):
        """The release folder `current` points at."""
        return (self.site_root / "current").resolve()

    def releases(self):
        return sorted(p.name for p in (self.site_root / "releases").iterdir())

    def commit_and_push(self, message, change=None, work=None, branch="main"):
        """Apply change(work folder), commit, push; the CompletedProcess of `git push`."""
        work = work or self.work
        if change:
            change(work)
        git("add", "-A", cwd=work)
        git("commit", "-q", "--allow-empty", "-m", message, cwd=work)
        return subprocess.run(["git", "push", "-q", "origin", f"HEAD:{branch}"], cwd=work,
                              capture_output=True, text=True, check=False,
                              env={**os.environ, **GIT_ENV})

    def get(self, path, **headers):
        """(status, headers, body) of a request to nginx."""
        request = urllib.request.Request(self.origin + path, headers=headers)
        try:
            with urllib.request.urlopen(request, timeout=10) as response:
                return response.status, response.headers, response.read()
        except urllib.error.HTTPError as error:
            return error.code, error.headers, error.read()


def listening_socket():
    """A socket listening on 127.0.0.1, on a port the system picked."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(128)
    return listener


def copy_working_tree(target):
    """The repository's files as they are now (tracked and new, not ignored)."""
    listed = subprocess.run(["git", "ls-files", "-co", "--exclude-standard", "-z"],
                            cwd=ROOT, check=True, capture_output=True, text=True).stdout
    for name in filter(None, listed.split("\0")):
        source = ROOT / name
        if source.is_file():
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target / name)


def nginx_config(deployment):
    """deploy/nginx/site.conf with its @NAMES@ filled in, inside a minimal nginx.conf."""
    base = deployment.base
    snippets = base / "snippets"
    snippets.mkdir()
    shutil.copy(ROOT / "deploy/nginx/headers.conf", snippets)
    brotli = (ROOT / "deploy/nginx/brotli.conf").read_text()
    (snippets / "brotli.conf").write_text(brotli if os.path.exists(BROTLI_MODULE) else "")
    site = (ROOT / "deploy/nginx/site.conf").read_text()
    for name, value in {"@LISTEN@": f"127.0.0.1:{deployment.port}",
                        "@SERVER_NAME@": "localhost", "@SITE_ROOT@": str(deployment.site_root),
                        "@SNIPPETS@": str(snippets)}.items():
        site = site.replace(name, value)
    (base / "site.conf").write_text(site)
    redirect = (ROOT / "deploy/nginx/http-redirect.conf").read_text()
    (base / "http-redirect.conf").write_text(
        redirect.replace("@HTTP_LISTEN@", f"127.0.0.1:{deployment.http_port}")
        .replace("@SERVER_NAME@", "localhost"))
    temp = base / "nginx-temp"
    temp.mkdir()
    lines = [
        "daemon off;", "worker_processes 1;", f"pid {base}/nginx.pid;",
        f"error_log {base}/nginx-error.log;",
        "user root;" if os.geteuid() == 0 else "",
        f"load_module {BROTLI_MODULE};" if os.path.exists(BROTLI_MODULE) else "",
        "events { worker_connections 256; }",
        "http {",
        "  include /etc/nginx/mime.types;", "  default_type application/octet-stream;",
        "  access_log off;", "  sendfile on;",
        *[f"  {kind}_temp_path {temp}/{kind};"
          for kind in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi")],
        f"  include {base}/site.conf;", f"  include {base}/http-redirect.conf;",
        "}",
    ]
    path = base / "nginx.conf"
    path.write_text("\n".join(lines) + "\n")
    return path


@pytest.fixture(scope="module")
def deployment(tmp_path_factory):
    """A live deployment of the site as it is now, with one good push done."""
    base = tmp_path_factory.mktemp("deploy")
    deployment = Deployment(base)
    git("init", "-q", "--bare", "-b", "main", str(deployment.repo), cwd=base)
    for name in HOOKS:
        shutil.copy(ROOT / "deploy" / name, deployment.repo / "hooks" / name)
    deployment.configure()

    deployment.work.mkdir()
    copy_working_tree(deployment.work)
    git("init", "-q", "-b", "main", cwd=deployment.work)
    git("remote", "add", "origin", str(deployment.repo), cwd=deployment.work)
    first = deployment.commit_and_push("The site as it is")
    assert first.returncode == 0 and "Live:" in first.stderr, first.stderr

    config = nginx_config(deployment)
    fds = [s.fileno() for s in deployment.sockets]
    server = subprocess.Popen([NGINX, "-c", str(config), "-p", str(base)], pass_fds=fds,
                              env={**os.environ, "NGINX": "".join(f"{fd};" for fd in fds)},
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    for listener in deployment.sockets:
        listener.close()  # nginx holds them now
    try:
        try:
            assert deployment.get("/")[0] == 200  # queued until nginx accepts it
        except OSError as failed:
            server.kill()
            raise AssertionError(f"nginx did not answer: {server.stderr.read().decode()}") \
                from failed
        yield deployment
    finally:
        os.kill(server.pid, 15)
        server.wait(timeout=10)
