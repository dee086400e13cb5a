#!/usr/bin/env bash
# The applications' container health check: asks Spring Boot's actuator and succeeds only when it
# answers 200 with status UP. It needs nothing but bash, because the eclipse-temurin images no longer
# ship curl or wget.
#
# Usage: healthcheck PORT [PATH]    (PATH defaults to /actuator/health)
set -euo pipefail

port="${1:?usage: healthcheck PORT [PATH]}"
path="${2:-/actuator/health}"

exec 3<>"/dev/tcp/127.0.0.1/${port}"
printf 'GET %s HTTP/1.0\r\nHost: localhost\r\nAccept: application/json\r\nConnection: close\r\n\r\n' "${path}" >&3
response="$(cat <&3)"
exec 3<&-

status_line="${response%%$'\r'*}"
[[ "${status_line}" == HTTP/1.?" 200"* ]] || { echo "${status_line}"; exit 1; }
[[ "${response}" == *'"status":"UP"'* ]] || { echo "${response##*$'\r\n\r\n'}"; exit 1; }
