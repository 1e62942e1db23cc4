-- wrk script for bench/notify-throughput.sh: each request asks the sandbox for one fresh notification to one customer
-- and waits until dompet has answered it.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"phoneNo":"081300009999","amount":"10000.00","channel":"alfamart"}'

function response(status, headers, body)
  if status ~= 200 or not string.find(body, '"state":"DELIVERED"') then
    io.stderr:write("unexpected answer " .. status .. ": " .. body .. "\n")
  end
end
