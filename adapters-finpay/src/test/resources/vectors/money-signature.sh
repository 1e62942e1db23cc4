#!/bin/sh
# Regenerates the known answers of Finpay Money's widget signature (PROTOCOL.md §3.3) with OpenSSL alone.
# Run from this directory (produced with "OpenSSL 3.0.19 27 Jan 2026"). The inputs are test values, not secrets.
#
#   stringToSign = the values of every body field but "signature", sorted by field name, concatenated
#   keyText      = hex(UTF-8 bytes of the secret key), upper-case (default) or lower-case
#   signature    = upper-case hex(HMAC-SHA256(keyText as ASCII bytes, stringToSign))
#
# The secret holds letters whose hex has letters (S=53 k=6b Z=5a z=7a ~=7e) and a non-ASCII é (UTF-8 c3 a9),
# so the two key cases give different keys and a signer that hex-encodes anything but UTF-8 fails.
set -eu

SECRET='dompet-Secret-Kéy_Zz~42'
REQ_DTIME='20240814165151'
TRANS_NUMBER='202408141651512476'
PHONE='08111008696'
TOKEN_ID='20240814165151225DFBF01D5C3B572BE0A7BC90A0834EF4EBD5BA0EBFA74DFE99560A33BDAC08'

KEY_LOWER=$(printf '%s' "$SECRET" | xxd -p -c 256 | tr -d '\n')
KEY_UPPER=$(printf '%s' "$KEY_LOWER" | tr 'a-f' 'A-F')
printf '%s' "$KEY_UPPER" > money-key-upper.txt
printf '%s' "$KEY_LOWER" > money-key-lower.txt

# Get Token: reqDtime, requestType, transNumber (already in byte order of the names)
GET_TOKEN="${REQ_DTIME}getToken${TRANS_NUMBER}"
# Widget Top Up: phoneNumber, reqDtime, requestType, tokenID, transNumber (byte order of the names)
WIDGET="${PHONE}${REQ_DTIME}widgetTopUp${TOKEN_ID}${TRANS_NUMBER}"
printf '%s' "$GET_TOKEN" > money-get-token-string-to-sign.txt
printf '%s' "$WIDGET" > money-widget-string-to-sign.txt

sign() { # $1 string to sign, $2 key text
  printf '%s' "$1" | openssl dgst -sha256 -mac HMAC -macopt key:"$2" -r | cut -d' ' -f1 | tr 'a-f' 'A-F' | tr -d '\n'
}
sign "$GET_TOKEN" "$KEY_UPPER" > money-get-token-upper.sig
sign "$GET_TOKEN" "$KEY_LOWER" > money-get-token-lower.sig
sign "$WIDGET" "$KEY_UPPER" > money-widget-upper.sig
sign "$WIDGET" "$KEY_LOWER" > money-widget-lower.sig

# the page's example key: secret "ab" -> key text "6162"
test "$(printf '%s' 'ab' | xxd -p)" = "6162"
# cross-check one signature with openssl's other spelling of HMAC
test "$(printf '%s' "$WIDGET" | openssl dgst -sha256 -hmac "$KEY_UPPER" -r | cut -d' ' -f1 | tr 'a-f' 'A-F')" = "$(cat money-widget-upper.sig)"
