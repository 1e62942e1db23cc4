#!/bin/sh
# Regenerates the known answers of the bill widget's merchantSignature (PROTOCOL.md §4.1) with OpenSSL alone.
# Run from this directory (produced with "OpenSSL 3.0.19 27 Jan 2026"). The inputs are test values, not secrets.
#
#   stringToSign = for every request field but merchantSignature, sorted by field name (byte order):
#                      UPPER(value) "%"          arrays/objects as the compact JSON sent, booleans true/false
#                  then the merchant key, as it is (not upper-cased)
#   signature    = hex(SHA-256(stringToSign)), lower case (default) or upper case
#
# The field order below is written out by hand, already sorted: it is part of what the tests check.
set -eu

KEY='dompet-Merchant-key-42'
BACK_URL='https://dompet.example/back'
RETURN_URL='https://dompet.example/return'
MERCHANT_ID='dompetmerchant01'
TIMESTAMP='2024-07-19 14:15:20'      # requestedAt 2024-07-19T07:15:20Z in Asia/Jakarta
TERMINAL='Term0001'
TERMINAL_NAME='Terminal Testing'
TRX_ID='12315139062851'
UNIQ_KEY='12457365867'

up() { printf '%s' "$1" | tr 'a-z' 'A-Z'; }
sha() { printf '%s' "$1" | openssl dgst -sha256 -r | cut -d' ' -f1 | tr -d '\n'; }

# (a) no billInfo, one product code, isNotif true, timeout 1800, merchant id in "merchantId".
#     backUrl isNotif merchantId productCodes returnUrl terminal terminalName timeout timestamp trxId uniqKey
A="$(up "$BACK_URL")%$(up true)%$(up "$MERCHANT_ID")%$(up '["080003"]')%$(up "$RETURN_URL")%$(up "$TERMINAL")%$(up "$TERMINAL_NAME")%$(up 1800)%$(up "$TIMESTAMP")%$(up "$TRX_ID")%$(up "$UNIQ_KEY")%${KEY}"

# (b) billInfo with two spaces inside customerName, three product codes, isNotif true, timeout 900.
#     billInfo members in the order sent: billNumber amount period customerName customerPhone customerEmail
#     backUrl billInfo isNotif merchantId productCodes returnUrl terminal terminalName timeout timestamp trxId uniqKey
BILL_INFO='{"billNumber":"8888800393834857","amount":"150000.00","period":"01","customerName":"Budi  Santoso","customerPhone":"081234567890","customerEmail":"budi.santoso@example.com"}'
PRODUCTS_B='["080003","070001","503000"]'
B="$(up "$BACK_URL")%$(up "$BILL_INFO")%$(up true)%$(up "$MERCHANT_ID")%$(up "$PRODUCTS_B")%$(up "$RETURN_URL")%$(up "$TERMINAL")%$(up "$TERMINAL_NAME")%$(up 900)%$(up "$TIMESTAMP")%$(up "$TRX_ID")%$(up "$UNIQ_KEY")%${KEY}"

# (c) isNotif false, two product codes, timeout 86400, merchant id in "username" (sorts last).
#     backUrl isNotif productCodes returnUrl terminal terminalName timeout timestamp trxId uniqKey username
PRODUCTS_C='["070001","070002"]'
C="$(up "$BACK_URL")%$(up false)%$(up "$PRODUCTS_C")%$(up "$RETURN_URL")%$(up "$TERMINAL")%$(up "$TERMINAL_NAME")%$(up 86400)%$(up "$TIMESTAMP")%$(up "$TRX_ID")%$(up "$UNIQ_KEY")%$(up "$MERCHANT_ID")%${KEY}"

printf '%s' "$A" > bill-widget-a-string-to-sign.txt
printf '%s' "$B" > bill-widget-b-string-to-sign.txt
printf '%s' "$C" > bill-widget-c-string-to-sign.txt

# the signatures: printf '%s' "$STRING" | openssl dgst -sha256
sha "$A" > bill-widget-a.sig
sha "$B" > bill-widget-b.sig
sha "$C" > bill-widget-c.sig
sha "$B" | tr 'a-f' 'A-F' > bill-widget-b-upper.sig

# cross-check one signature with sha256sum
test "$(printf '%s' "$B" | sha256sum | cut -d' ' -f1)" = "$(cat bill-widget-b.sig)"
