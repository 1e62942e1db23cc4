#!/bin/sh
# Regenerates the known answers of the symmetric SNAP signature (PROTOCOL.md §1.3) with OpenSSL alone.
# Run from this directory (produced with "OpenSSL 3.0.19 27 Jan 2026"). The inputs are test values, not secrets.
#
#   stringToSign = POST:/v1.0/emoney/topup:<token>:<hex sha256 of the minified body>:<timestamp>
#   X-SIGNATURE  = HMAC-SHA512(secret, stringToSign), as Base64 and as lowercase hex
#
# topup-body-minified.json is written by hand (printf below) from topup-body-pretty.json: whitespace between tokens
# removed, every byte inside strings (two spaces, \" \\ \u00e9 \n escapes, UTF-8 é and 日本) kept.
set -eu

SECRET='test-client-secret-0123456789'
TOKEN='gZmA9Lqj8kq1Ns3cT0Y5Xw2vH7uB+/z=='
TIMESTAMP='2024-04-17T12:03:38+07:00'
PATH_='/v1.0/emoney/topup'

printf '%s' '{"partnerReferenceNo":"78912343452347893","customerNumber":"081977817902","customerName":"Sa** M  \"Ré\" \\ caf\u00e9\n 日本","amount":{"value":"10000.00","currency":"IDR"},"feeAmount":{"value":"0.00","currency":"IDR"},"transactionDate":"2022-09-23T14:56:11+07:00"}' > topup-body-minified.json

BODY_SHA256=$(openssl dgst -sha256 -r < topup-body-minified.json | cut -d' ' -f1)
printf '%s' "$BODY_SHA256" > snap-hmac-body-sha256.txt
STRING_TO_SIGN="POST:$PATH_:$TOKEN:$BODY_SHA256:$TIMESTAMP"
printf '%s' "$STRING_TO_SIGN" > snap-hmac-string-to-sign.txt
printf '%s' "$STRING_TO_SIGN" | openssl dgst -sha512 -hmac "$SECRET" -binary | base64 -w0 > snap-hmac-signature.b64
printf '%s' "$STRING_TO_SIGN" | openssl dgst -sha512 -hmac "$SECRET" -binary | xxd -p -c 256 | tr -d '\n' > snap-hmac-signature.hex
# cross-check the hex form with openssl's own hex output
test "$(printf '%s' "$STRING_TO_SIGN" | openssl dgst -sha512 -hmac "$SECRET" -r | cut -d' ' -f1)" = "$(cat snap-hmac-signature.hex)"

# the empty body {} (a second, trivially checkable vector): sha256("{}") is
# 44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a
printf '%s' '{}' | openssl dgst -sha256 -r | cut -d' ' -f1 | tr -d '\n' > snap-hmac-empty-object-sha256.txt
