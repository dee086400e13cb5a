#!/usr/bin/env bash
# Starts a member of the MongoDB replica set. The members authenticate each other with a shared key
# (MONGO_REPLICA_SET_KEY in .env); mongod wants it in a file that only its own user can read, which a
# file mounted from the host seldom is, so the key is written to such a file here. Then the image's
# own entrypoint takes over, with the arguments given in docker-compose.yml.
set -euo pipefail

: "${MONGO_REPLICA_SET_KEY:?MONGO_REPLICA_SET_KEY must be set in .env (see .env.example)}"

key_dir=/etc/mongo-keyfile
mkdir -p "${key_dir}"
printf '%s\n' "${MONGO_REPLICA_SET_KEY}" > "${key_dir}/keyfile"
chown -R mongodb:mongodb "${key_dir}"
chmod 0400 "${key_dir}/keyfile"
unset MONGO_REPLICA_SET_KEY

exec /usr/local/bin/docker-entrypoint.sh "$@"
