// Syntax of external links (RFC 3986 for http and https, RFC 6068 for mailto), checked without
// any network request: np never fetches a URL.
#include <algorithm>
#include <cctype>
#include <string>

#include "np/links.h"

namespace np {

namespace {

bool is_hex(char c) { return std::isxdigit(static_cast<unsigned char>(c)) != 0; }

// A host name: dot-separated labels of letters, digits, '-' and '_' (or non-ASCII, for IDNs),
// no empty label except a final one, no label starting or ending with '-'.
std::string host_problem(std::string_view host) {
  if (host.empty()) return "no host name";
  if (host.front() == '[') {
    if (host.back() != ']' || host.size() < 3) return "unterminated IPv6 address '" + std::string(host) + "'";
    for (const char c : host.substr(1, host.size() - 2))
      if (!is_hex(c) && c != ':' && c != '.') return "invalid IPv6 address '" + std::string(host) + "'";
    return "";
  }
  std::size_t start = 0;
  while (start <= host.size()) {
    const auto dot = host.find('.', start);
    const std::string_view label = host.substr(start, dot == std::string_view::npos ? std::string_view::npos : dot - start);
    if (label.empty() && dot != std::string_view::npos) return "empty label in host name '" + std::string(host) + "'";
    for (const char c : label) {
      const auto u = static_cast<unsigned char>(c);
      if (!std::isalnum(u) && c != '-' && c != '_' && u < 0x80)
        return "character '" + std::string(1, c) + "' in host name '" + std::string(host) + "'";
    }
    if (!label.empty() && (label.front() == '-' || label.back() == '-'))
      return "label '" + std::string(label) + "' of host name '" + std::string(host) + "' starts or ends with '-'";
    if (dot == std::string_view::npos) break;
    start = dot + 1;
  }
  return "";
}

std::string http_problem(std::string_view url, std::size_t colon) {
  const std::string scheme(url.substr(0, colon));
  if (url.substr(colon + 1, 2) != "//") return "expected '//' after '" + scheme + ":'";
  const std::size_t begin = colon + 3;
  const auto end = url.find_first_of("/?#", begin);
  std::string_view authority = url.substr(begin, end == std::string_view::npos ? std::string_view::npos : end - begin);
  if (const auto at = authority.rfind('@'); at != std::string_view::npos) authority.remove_prefix(at + 1);
  std::string_view host = authority;
  if (authority.empty()) return "no host name";
  // The port follows the last ':' (after the closing ']' of an IPv6 address).
  const auto port_colon = authority.front() == '[' ? authority.find(':', authority.find(']')) : authority.rfind(':');
  if (port_colon != std::string_view::npos) {
    host = authority.substr(0, port_colon);
    const std::string_view port = authority.substr(port_colon + 1);
    long value = 0;
    for (const char c : port) {
      if (!std::isdigit(static_cast<unsigned char>(c))) return "port '" + std::string(port) + "' is not a number";
      value = std::min(value * 10 + (c - '0'), 100000L);
    }
    if (value > 65535) return "port " + std::string(port) + " is larger than 65535";
  }
  return host_problem(host);
}

std::string mailto_problem(std::string_view url) {
  std::string_view addresses = url.substr(7);
  if (const auto query = addresses.find('?'); query != std::string_view::npos) addresses = addresses.substr(0, query);
  if (addresses.empty()) return "no address after 'mailto:'";
  std::size_t start = 0;
  while (start <= addresses.size()) {
    const auto comma = addresses.find(',', start);
    const std::string_view address = addresses.substr(start, comma == std::string_view::npos ? std::string_view::npos : comma - start);
    const auto at = address.find('@');
    if (at == std::string_view::npos || at == 0 || address.find('@', at + 1) != std::string_view::npos)
      return "'" + std::string(address) + "' is not an e-mail address like name@example.org";
    if (std::string problem = host_problem(address.substr(at + 1)); !problem.empty()) return problem;
    if (comma == std::string_view::npos) break;
    start = comma + 1;
  }
  return "";
}

}  // namespace

std::string external_url_problem(std::string_view url) {
  for (std::size_t i = 0; i < url.size(); ++i) {
    const auto c = static_cast<unsigned char>(url[i]);
    if (c == ' ') return "it contains a space (write %20)";
    if (c < 0x20 || c == 0x7F) return "it contains a control character";
    if (c == '\\') return "it contains a backslash (URLs use '/')";
    if (c == '%' && (i + 2 >= url.size() || !is_hex(url[i + 1]) || !is_hex(url[i + 2])))
      return "'%' is not followed by two hexadecimal digits (write %25 for a literal '%')";
  }
  const auto colon = url.find(':');
  if (colon == std::string_view::npos) return "no scheme";
  std::string scheme(url.substr(0, colon));
  for (char& ch : scheme) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  if (scheme == "mailto") return mailto_problem(url);
  if (scheme == "http" || scheme == "https") return http_problem(url, colon);
  return "scheme '" + scheme + ":' is not one np accepts (http, https, mailto)";
}

}  // namespace np
