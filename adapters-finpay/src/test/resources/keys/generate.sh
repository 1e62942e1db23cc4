#!/bin/sh
# Regenerates the RSA test fixtures and the known-answer signature used by the signature tests.
# Every file here is a TEST fixture: these keys protect nothing and must never be used outside tests.
# Run from this directory with OpenSSL 3 (produced with "OpenSSL 3.0.19 27 Jan 2026").
# Regenerating changes the keys, so the known-answer files below change with them; commit them together.
set -eu

# RSA-2048 key, PKCS#8 ("BEGIN PRIVATE KEY")
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out rsa2048-pkcs8.pem
# the same key, PKCS#1 ("BEGIN RSA PRIVATE KEY")
openssl pkey -in rsa2048-pkcs8.pem -traditional -out rsa2048-pkcs1.pem
# its public key, X.509 SubjectPublicKeyInfo ("BEGIN PUBLIC KEY")
openssl pkey -in rsa2048-pkcs8.pem -pubout -out rsa2048-public.pem
# its public key, PKCS#1 ("BEGIN RSA PUBLIC KEY")
openssl rsa -in rsa2048-pkcs8.pem -RSAPublicKey_out -out rsa2048-public-pkcs1.pem
# a self-signed certificate for it
openssl req -x509 -new -key rsa2048-pkcs8.pem -subj /CN=finpay-test -days 36500 -out rsa2048-cert.pem

# another RSA-2048 key, for "signed by someone else"
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out other-rsa2048-pkcs8.pem
openssl pkey -in other-rsa2048-pkcs8.pem -pubout -out other-rsa2048-public.pem

# keys that must be refused
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:1024 -out rsa1024-pkcs8.pem
openssl pkey -in rsa1024-pkcs8.pem -pubout -out rsa1024-public.pem
openssl pkey -in rsa2048-pkcs8.pem -aes256 -passout pass:test-only -out rsa2048-encrypted-pkcs8.pem
openssl rsa -in rsa2048-pkcs8.pem -traditional -aes256 -passout pass:test-only -out rsa2048-encrypted-pkcs1.pem
openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out ec-p256-pkcs8.pem
openssl pkey -in ec-p256-pkcs8.pem -pubout -out ec-p256-public.pem

# known answer: SNAP B2B access-token signature, Base64(SHA256withRSA(key, clientId + "|" + X-TIMESTAMP))
printf '%s' 'dompet-client|2024-04-17T12:03:38+07:00' > snap-token-message.txt
printf '%s' 'dompet-client|2024-04-17T12:03:38+07:00' | openssl dgst -sha256 -sign rsa2048-pkcs8.pem | base64 -w0 > snap-token-signature.b64
# the same with a non-ASCII client id, to pin the UTF-8 encoding of the string to sign
printf '%s' 'toko-café|2024-04-17T12:03:38+07:00' | openssl dgst -sha256 -sign rsa2048-pkcs8.pem | base64 -w0 > snap-token-signature-utf8.b64
# cross-check: the PKCS#1 file signs identically (RSA PKCS#1 v1.5 is deterministic), and openssl verifies it
printf '%s' 'dompet-client|2024-04-17T12:03:38+07:00' | openssl dgst -sha256 -sign rsa2048-pkcs1.pem | base64 -w0 | cmp - snap-token-signature.b64
base64 -d snap-token-signature.b64 > /tmp/snap-token-signature.bin
openssl dgst -sha256 -verify rsa2048-public.pem -signature /tmp/snap-token-signature.bin snap-token-message.txt
rm /tmp/snap-token-signature.bin
