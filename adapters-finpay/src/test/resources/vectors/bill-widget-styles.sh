#!/bin/sh
# Regenerates the known answers of the bill widget's merchantSignature switches (PROTOCOL.md §4.1, §5 question 4)
# with PHP (php-cli 8.2: json_encode, strtoupper, ksort), python3 (Unicode upper-casing, which PHP without mbstring
# lacks) and OpenSSL; no dompet code is involved. Run from this directory. The inputs are test values, not secrets.
#
#   dompet.finpay.bill-widget.signature-value-style  json | php | joined   how booleans, arrays and objects are signed
#   dompet.finpay.bill-widget.signature-upper-case   ascii | unicode       strtoupper (PHP 8) or full Unicode upper case
#   dompet.finpay.bill-widget.bill-amount-format     decimal | integer     billInfo.amount "150000.00" or "150000"
#
# Each case's string to sign is made by PHP as a PHP merchant would: ksort the fields (byte order), turn each value
# into text by the style, upper-case it, append "%", then the merchant key as it is. The signature is
# printf '%s' "$STRING" | openssl dgst -sha256 (lower-case hex), cross-checked with sha256sum.
set -eu

# The common request of MerchantSignatureKnownAnswerTest (see bill-widget-signature.sh), with a bill whose name has
# non-ASCII letters and a slash, so that every style and both upper-casings differ.
php_string() { # $1 style, $2 isNotif (true|false), $3 amount, $4 product codes (comma-separated), $5 with bill (yes|no)
  php -r '
    [$_, $style, $notif, $amount, $codes, $withBill] = $argv;
    $f = [
      "backUrl" => "https://dompet.example/back", "trxId" => "12315139062851", "merchantId" => "dompetmerchant01",
      "uniqKey" => "12457365867", "returnUrl" => "https://dompet.example/return", "timestamp" => "2024-07-19 14:15:20",
      "productCodes" => explode(",", $codes), "terminal" => "Term0001", "terminalName" => "Terminal Testing",
      "isNotif" => $notif === "true", "timeout" => "900",
    ];
    if ($withBill === "yes") {
      $f["billInfo"] = ["billNumber" => "8888800393834857", "amount" => $amount, "period" => "01",
        "customerName" => "José Ñandú A/B", "customerPhone" => "081234567890", "customerEmail" => "jose@example.com"];
    }
    ksort($f, SORT_STRING);
    $s = "";
    foreach ($f as $v) {
      if ($style === "php") {                                   // PHP defaults: json_encode, (string) of a bool
        $t = is_array($v) ? json_encode($v) : (string) $v;
      } elseif ($style === "joined") {                          // implode arrays; objects as compact JSON
        $t = is_bool($v) ? ($v ? "true" : "false")
           : (is_array($v) ? (array_is_list($v) ? implode(",", $v) : json_encode($v, JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE)) : $v);
      } else {                                                  // json: compact JSON as sent, true/false
        $t = is_bool($v) ? ($v ? "true" : "false")
           : (is_array($v) ? json_encode($v, JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE) : $v);
      }
      $s .= "\x01" . $t . "\x02";                               // markers: upper-cased by the caller, value by value
    }
    echo $s;' -- "$@"
}
KEY='dompet-Merchant-key-42'
ascii_upper() { php -r '$s = stream_get_contents(STDIN); echo preg_replace_callback("/\x01(.*?)\x02/s", fn($m) => strtoupper($m[1]) . "%", $s);'; }
unicode_upper() { python3 -c 'import re,sys; s=sys.stdin.read(); sys.stdout.write(re.sub("\x01(.*?)\x02", lambda m: m.group(1).upper() + "%", s, flags=re.S))'; }
sha() { openssl dgst -sha256 -r "$1" | cut -d' ' -f1 | tr -d '\n'; }

make() { # $1 name, $2 upper-casing, then php_string's arguments
  name=$1; upper=$2; shift 2
  { php_string "$@" | "${upper}_upper"; printf '%s' "$KEY"; } > "bill-widget-$name-string-to-sign.txt"
  sha "bill-widget-$name-string-to-sign.txt" > "bill-widget-$name.sig"
  test "$(sha256sum "bill-widget-$name-string-to-sign.txt" | cut -d' ' -f1)" = "$(cat "bill-widget-$name.sig")"
}

make json-ascii     ascii   json   true  150000.00 080003,070001 yes   # the defaults
make json-unicode   unicode json   true  150000.00 080003,070001 yes   # signature-upper-case=unicode
make php-ascii      ascii   php    true  150000.00 080003,070001 yes   # signature-value-style=php
make php-false      ascii   php    false 150000.00 080003        no    # php: false is the empty string
make joined-ascii   ascii   joined true  150000.00 080003,070001 yes   # signature-value-style=joined
make integer-ascii  ascii   json   true  150000    080003,070001 yes   # bill-amount-format=integer
