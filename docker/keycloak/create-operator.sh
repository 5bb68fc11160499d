#!/usr/bin/env bash
# Creates a platform operator in the operators' realm, with a one-time password. At their first sign-in the operator
# chooses their own password and sets up an authenticator app (TOTP): an operator creates and closes districts.
#
#   docker compose exec keycloak bash /opt/policy-commons/create-operator.sh EMAIL FIRST_NAME LAST_NAME
#
# It signs in to Keycloak's admin CLI as the bootstrap admin (KC_BOOTSTRAP_ADMIN_USERNAME / _PASSWORD, which the
# Keycloak container already has). Outside the container, set KEYCLOAK_HOME (the Keycloak distribution) and
# KEYCLOAK_SERVER (its URL).
set -euo pipefail

if [ $# -ne 3 ]; then
  echo "usage: create-operator.sh EMAIL FIRST_NAME LAST_NAME" >&2
  exit 2
fi
email="$1" first="$2" last="$3"
case "$email" in
  *@*.*) ;;
  *) echo "create-operator: '$email' is not an email address" >&2; exit 2 ;;
esac

kcadm="${KEYCLOAK_HOME:-/opt/keycloak}/bin/kcadm.sh"
server="${KEYCLOAK_SERVER:-http://localhost:8080}"
realm="${OPERATOR_REALM:-policy-commons-operator}"
config=$(mktemp)
trap 'rm -f "$config"' EXIT

"$kcadm" config credentials --config "$config" --server "$server" --realm master \
  --user "${KC_BOOTSTRAP_ADMIN_USERNAME:?set KC_BOOTSTRAP_ADMIN_USERNAME}" \
  --password "${KC_BOOTSTRAP_ADMIN_PASSWORD:?set KC_BOOTSTRAP_ADMIN_PASSWORD}" >/dev/null

# 120 bits from the kernel's random source, in hex; the operator replaces it at the first sign-in.
password=$(od -An -N15 -tx1 /dev/urandom | tr -d ' \n')

"$kcadm" create users --config "$config" -r "$realm" \
  -s "username=$email" -s "email=$email" -s "firstName=$first" -s "lastName=$last" \
  -s enabled=true -s emailVerified=true -s 'requiredActions=["CONFIGURE_TOTP"]' >/dev/null
"$kcadm" set-password --config "$config" -r "$realm" --username "$email" --new-password "$password" --temporary
"$kcadm" add-roles --config "$config" -r "$realm" --uusername "$email" --rolename platform_admin

echo "Operator $email created in realm $realm."
echo "One-time password: $password"
echo "At the first sign-in (the portal's /operator page) they choose a password and set up an authenticator app."
