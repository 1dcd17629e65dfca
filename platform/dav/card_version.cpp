#include "platform/dav/card_version.h"

#include "core/sync/address_book.h"
#include "platform/dav/dav_requests.h"
#include "platform/dav/http_client.h"
#include "platform/dav/multistatus.h"

#include <set>

namespace rk {

VCardVersion cardVersionFromAnswer(std::string_view multistatusXml) {
    std::set<std::string> versions;
    try {
        for (const DavResource& r : parseMultistatus(multistatusXml).responses)
            versions.insert(r.vcardVersions.begin(), r.vcardVersions.end());
    } catch (const SyncError&) {
        return VCardVersion::V4; // not a multistatus: no answer
    }
    return versions.contains("3.0") && !versions.contains("4.0") ? VCardVersion::V3 : VCardVersion::V4;
}

VCardVersion askCardVersion(HttpClient& http, const std::string& url) {
    const HttpResponse r = propfind(http, url, 0, "<c:supported-address-data/>");
    if (r.status != 207) return VCardVersion::V4;
    return cardVersionFromAnswer(r.body);
}

} // namespace rk
