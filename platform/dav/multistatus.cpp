#include "platform/dav/multistatus.h"

#include "core/io/text/text_util.h"
#include "core/sync/address_book.h"

#include <pugixml.hpp>

#include <cstring>

namespace rk {

namespace {

std::string_view localName(const pugi::xml_node& node) {
    std::string_view name = node.name();
    const auto colon = name.find(':');
    return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

pugi::xml_node child(const pugi::xml_node& node, std::string_view name) {
    for (pugi::xml_node c : node.children())
        if (c.type() == pugi::node_element && localName(c) == name) return c;
    return {};
}

// The text of an element: its character data, or the href it holds
// (current-user-principal, addressbook-home-set).
std::string textOf(const pugi::xml_node& node) {
    if (pugi::xml_node href = child(node, "href")) return textOf(href);
    std::string out;
    for (pugi::xml_node c : node.children())
        if (c.type() == pugi::node_pcdata || c.type() == pugi::node_cdata) out += c.value();
    return out;
}

// The vCard versions in a supported-address-data (RFC 6352 §6.2.2). Its
// DTD gives address-data-type's attributes defaults, content-type
// "text/vcard" and version "3.0", so a bare <address-data-type/> is 3.0.
void readAddressDataTypes(const pugi::xml_node& prop, std::set<std::string>& versions) {
    for (pugi::xml_node type : prop.children()) {
        if (type.type() != pugi::node_element || localName(type) != "address-data-type") continue;
        const std::string_view contentType = type.attribute("content-type").as_string("text/vcard");
        if (!iequals(contentType, "text/vcard")) continue; // a MIME type: any case
        versions.emplace(type.attribute("version").as_string("3.0"));
    }
}

DavResource readResponse(const pugi::xml_node& response) {
    DavResource r;
    r.href = textOf(child(response, "href"));
    if (pugi::xml_node status = child(response, "status")) r.status = davStatus(textOf(status));
    for (pugi::xml_node propstat : response.children()) {
        if (localName(propstat) != "propstat") continue;
        if (davStatus(textOf(child(propstat, "status"))) / 100 != 2) continue;
        for (pugi::xml_node prop : child(propstat, "prop").children()) {
            if (prop.type() != pugi::node_element) continue;
            const std::string name(localName(prop));
            if (name == "resourcetype")
                for (pugi::xml_node t : prop.children())
                    if (t.type() == pugi::node_element) r.types.emplace(localName(t));
            if (name == "supported-calendar-component-set")
                for (pugi::xml_node comp : prop.children())
                    if (comp.type() == pugi::node_element && localName(comp) == "comp")
                        r.components.emplace(comp.attribute("name").value());
            if (name == "supported-address-data") readAddressDataTypes(prop, r.vcardVersions);
            r.props[name] = textOf(prop);
        }
    }
    return r;
}

} // namespace

int davStatus(std::string_view line) {
    const auto space = line.find(' ');
    if (space == std::string_view::npos || space + 4 > line.size()) return 0;
    int code = 0;
    for (char c : line.substr(space + 1, 3)) {
        if (c < '0' || c > '9') return 0;
        code = code * 10 + (c - '0');
    }
    return code;
}

Multistatus parseMultistatus(std::string_view xml) {
    pugi::xml_document doc;
    // No parse_eol: a card's CRLF line ends stay as the server stored them.
    const unsigned options = pugi::parse_default & ~pugi::parse_eol;
    if (!doc.load_buffer(xml.data(), xml.size(), options))
        throw SyncError("The server's answer was not the WebDAV reply Rekindle expected.");
    pugi::xml_node root = doc.document_element();
    if (localName(root) != "multistatus")
        throw SyncError("The server's answer was not the WebDAV reply Rekindle expected.");
    Multistatus out;
    for (pugi::xml_node c : root.children()) {
        if (localName(c) == "response") out.responses.push_back(readResponse(c));
        else if (localName(c) == "sync-token") out.syncToken = textOf(c);
    }
    return out;
}

std::string xmlEscape(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        switch (c) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        case '\'': out += "&apos;"; break;
        default: out += c;
        }
    }
    return out;
}

} // namespace rk
