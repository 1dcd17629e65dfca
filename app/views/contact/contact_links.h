#pragma once
#include "core/model/contact.h"

#include <string>

// The ways to reach a person, as links the desktop can open.
namespace rk::app::contact_links {

// The link a method opens: mailto:, tel: (separators dropped) or http(s):
// (https:// added to a bare "linkedin.com/in/ana"). Empty when nothing safe
// can be made of it; the platform layer checks the scheme again.
[[nodiscard]] std::string methodUrl(const ContactMethod& method);
[[nodiscard]] bool isLinkedIn(const ContactMethod& method);
[[nodiscard]] const char* methodIcon(const ContactMethod& method);

} // namespace rk::app::contact_links
