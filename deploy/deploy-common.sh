# Shared by deploy/pre-receive and deploy/post-receive (copied beside them into the
# bare repository's hooks/ folder). Every step is checked with `|| return 1` (or
# `|| exit 1`): no `set -e`, whose rules change inside functions called with `||`.
#
# Settings: environment variables, or lines NAME=value in hooks/deploy.env:
#   SITE_ROOT      folder holding releases/, logs/, venvs/ and current (default:
#                  <repository>/site)
#   SITE_BRANCH    the branch that publishes (default: main)
#   PUBLIC_URL     the site's public address, for the production build
#   SITE_VENV      a virtualenv to build with (default: one per requirements.txt, kept
#                  in SITE_ROOT/venvs and shared by releases)
#   KEEP_RELEASES  how many releases to keep for rollback (default: 5)
#   BUILD_TIMEOUT  seconds a build may take before the push is refused (default: 600)

GIT_DIR=$(cd "${GIT_DIR:-.}" && pwd) || exit 1
export GIT_DIR
hook_dir=$(cd "$(dirname "$0")" && pwd) || exit 1
if [ -f "$hook_dir/deploy.env" ]; then
  set -a
  . "$hook_dir/deploy.env" || exit 1
  set +a
fi
SITE_ROOT=${SITE_ROOT:-$GIT_DIR/site}
SITE_BRANCH=${SITE_BRANCH:-main}
KEEP_RELEASES=${KEEP_RELEASES:-5}
BUILD_TIMEOUT=${BUILD_TIMEOUT:-600}
NO_COMMIT=0000000000000000000000000000000000000000

say() { printf '%s\n' "$*"; }

# One push at a time: builds and switches wait for each other (fd 9 holds the lock
# until the hook exits).
take_lock() {
  mkdir -p "$SITE_ROOT" 2>/dev/null && exec 9>>"$SITE_ROOT/deploy.lock" && flock 9 \
    || { say "Cannot lock $SITE_ROOT/deploy.lock: is SITE_ROOT writable by this user?"; return 1; }
}

# The built release of a commit, or nothing.
release_of() {
  ls -1d "$SITE_ROOT"/releases/*-"${1:0:12}" 2>/dev/null | sort | tail -n 1
}

# The live release's folder, or nothing.
live_release() {
  [ -L "$SITE_ROOT/current" ] && readlink -e "$SITE_ROOT/current"
}

# Points `current` at a release with one rename, so nginx never sees a half switch.
switch_to() {
  ln -sfn "$1" "$SITE_ROOT/current.new" && mv -T "$SITE_ROOT/current.new" "$SITE_ROOT/current"
}
