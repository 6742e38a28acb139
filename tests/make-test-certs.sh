#!/bin/sh
# Makes throw-away TLS material for the tests (TEST ONLY, never shipped): a CA, a server certificate for
# 127.0.0.1/localhost signed by that CA, and an unrelated second CA to prove that untrusted servers fail.
set -eu
out=$1
mkdir -p "$out"
cd "$out"
q() { "$@" >/dev/null 2>&1; }
q openssl req -x509 -newkey rsa:2048 -nodes -days 3650 -subj "/CN=JobTarget Setup TEST CA" \
    -keyout ca.key -out ca.pem
q openssl req -newkey rsa:2048 -nodes -subj "/CN=127.0.0.1" -keyout server.key -out server.csr
printf 'subjectAltName=IP:127.0.0.1,IP:127.0.0.2,DNS:localhost\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n' > server.ext
q openssl x509 -req -in server.csr -CA ca.pem -CAkey ca.key -CAcreateserial -days 3650 \
    -extfile server.ext -out server.pem
q openssl req -x509 -newkey rsa:2048 -nodes -days 3650 -subj "/CN=Some Other TEST CA" \
    -keyout other-ca.key -out other-ca.pem
rm -f server.csr server.ext ca.srl
