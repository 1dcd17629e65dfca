#include "app/views/contact/contact_links.h"

#include "app/theme/icons.h"
#include "platform/services.h"

namespace rk::app::contact_links {

namespace {

std::string lowerAscii(std::string s) {
    for (char& c : s)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    return s;
}

bool startsWithNoCase(const std::string& s, const char* prefix) {
    return lowerAscii(s.substr(0, std::char_traits<char>::length(prefix))) == prefix;
}

} // namespace

bool isLinkedIn(const ContactMethod& m) {
    return m.kind == MethodKind::Url &&
           (lowerAscii(m.label) == "linkedin" || lowerAscii(m.value).find("linkedin.com") != std::string::npos);
}

const char* methodIcon(const ContactMethod& m) {
    switch (m.kind) {
    case MethodKind::Email: return RK_ICON_ENVELOPE;
    case MethodKind::Phone: return RK_ICON_PHONE;
    case MethodKind::Url: return isLinkedIn(m) ? RK_ICON_LINKEDIN : RK_ICON_GLOBE;
    }
    return RK_ICON_LINK;
}

std::string methodUrl(const ContactMethod& m) {
    std::string url;
    switch (m.kind) {
    case MethodKind::Email:
        url = "mailto:" + m.value;
        break;
    case MethodKind::Phone:
        url = "tel:";
        for (char c : m.value)
            if ((c >= '0' && c <= '9') || (c == '+' && url.size() == 4)) url += c;
        if (url.size() == 4) return {};
        break;
    case MethodKind::Url:
        url = startsWithNoCase(m.value, "http://") || startsWithNoCase(m.value, "https://") ? m.value
                                                                                            : "https://" + m.value;
        break;
    }
    return platform::isSafeUrl(url) ? url : std::string();
}

} // namespace rk::app::contact_links
