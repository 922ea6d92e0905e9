-- wrk script: GET /api/v1/persons?q=... with varied queries written the ways the registry meets
-- names (folded, reordered, with years and provinces, with diacritics, misspelt).
-- Usage: AUTH="Basic dXNlcjpwYXNz" wrk -t2 -c8 -d60s -s scripts/load/persons-query.lua http://localhost:8080
-- AUTH, if set, is sent as the Authorization header.
local queries = {
  "nguyen van thanh", "nguyen van thanh 1948 nam dinh", "THANH, NGUYEN VAN", "Nguyễn Văn Thành",
  "tran van hung", "HUNG, TRAN VAN", "Trần Văn Hùng 1950", "le van dung quang tri",
  "pham van tuan 1952", "Phạm Văn Tuấn", "hoang minh hai", "HAI, HOANG MINH",
  "vu dinh son thai binh", "Võ Văn Long", "dang huu cuong 1949", "Đặng Hữu Cường",
  "bui van binh nghe an", "do duc thang", "Đỗ Đức Thắng 1947", "ho van loi",
  "ngo quang trung ha tinh", "duong van hung 1951", "nguyen thi lan", "Nguyễn Thị Lan 1953",
  "nguyen van tahnh", "tran van hnug", "smith john", "SMITH, JOHN A", "thanh nam dinh", "1948 thai binh",
}
local auth = os.getenv("AUTH")
local i = 0

local function encode(s)
  return (s:gsub("[^%w%-%._~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

request = function()
  i = i + 1
  local q = queries[(i % #queries) + 1]
  local headers = { ["Accept"] = "application/json" }
  if auth then headers["Authorization"] = auth end
  return wrk.format("GET", "/api/v1/persons?q=" .. encode(q) .. "&limit=20", headers)
end
