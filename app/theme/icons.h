#pragma once
// Fork Awesome code points (UTF-8) used by the app. The font is merged into
// every text font, so these can sit inside ordinary strings.
#define RK_ICON_SUN "\xef\x86\x85"        // f185
#define RK_ICON_CLONE "\xef\x89\x8d"      // f24d (deck)
#define RK_ICON_HISTORY "\xef\x87\x9a"    // f1da (log)
#define RK_ICON_FLAG "\xef\x80\xa4"       // f024 (goals)
#define RK_ICON_ELLIPSIS "\xef\x85\x81"   // f141 (more)
#define RK_ICON_SEARCH "\xef\x80\x82"     // f002
#define RK_ICON_PLUS "\xef\x81\xa7"       // f067
#define RK_ICON_CHECK "\xef\x80\x8c"      // f00c
#define RK_ICON_CLOCK "\xef\x80\x97"      // f017
#define RK_ICON_FORWARD "\xef\x81\x8e"    // f04e
#define RK_ICON_USER "\xef\x80\x87"       // f007
#define RK_ICON_USERS "\xef\x83\x80"      // f0c0
#define RK_ICON_USER_PLUS "\xef\x88\xb4"  // f234
#define RK_ICON_ENVELOPE "\xef\x83\xa0"   // f0e0
#define RK_ICON_PHONE "\xef\x82\x95"      // f095
#define RK_ICON_COFFEE "\xef\x83\xb4"     // f0f4
#define RK_ICON_COMMENT "\xef\x81\xb5"    // f075
#define RK_ICON_CALENDAR "\xef\x81\xb3"   // f073
#define RK_ICON_BRIEFCASE "\xef\x82\xb1"  // f0b1
#define RK_ICON_STAR "\xef\x80\x85"       // f005
#define RK_ICON_FIRE "\xef\x81\xad"       // f06d
#define RK_ICON_UNDO "\xef\x83\xa2"       // f0e2
#define RK_ICON_DOWNLOAD "\xef\x80\x99"   // f019
#define RK_ICON_UPLOAD "\xef\x82\x93"     // f093
#define RK_ICON_COG "\xef\x80\x93"        // f013
#define RK_ICON_MAGIC "\xef\x83\x90"      // f0d0
#define RK_ICON_TRASH "\xef\x87\xb8"      // f1f8
#define RK_ICON_ARCHIVE "\xef\x86\x87"    // f187
#define RK_ICON_KEYBOARD "\xef\x84\x9c"   // f11c
#define RK_ICON_TIMES "\xef\x80\x8d"      // f00d
#define RK_ICON_LINK "\xef\x83\x81"       // f0c1
#define RK_ICON_GIFT "\xef\x81\xab"       // f06b
#define RK_ICON_BELL "\xef\x83\xb3"       // f0f3
#define RK_ICON_REPLY "\xef\x84\x92"      // f112
#define RK_ICON_ARROW_RIGHT "\xef\x81\xa1" // f061
#define RK_ICON_ARROW_LEFT "\xef\x81\xa0" // f060
#define RK_ICON_ARROW_UP "\xef\x81\xa2"   // f062
#define RK_ICON_ARROW_DOWN "\xef\x81\xa3" // f063
#define RK_ICON_HANDSHAKE "\xef\x8a\xb5"  // f2b5
#define RK_ICON_PENCIL "\xef\x81\x80"     // f040
#define RK_ICON_LINKEDIN "\xef\x83\xa1"   // f0e1
#define RK_ICON_GLOBE "\xef\x82\xac"      // f0ac
#define RK_ICON_MAP_MARKER "\xef\x81\x81" // f041
#define RK_ICON_TAG "\xef\x80\xab"        // f02b
#define RK_ICON_LIGHTBULB "\xef\x83\xab"  // f0eb
#define RK_ICON_FOLDER "\xef\x81\xbb"     // f07b
#define RK_ICON_FILE "\xef\x85\x9b"       // f15b
#define RK_ICON_LEVEL_UP "\xef\x85\x88"   // f148
#define RK_ICON_WARNING "\xef\x81\xb1"    // f071
#define RK_ICON_CHECK_CIRCLE "\xef\x81\x98" // f058
#define RK_ICON_REFRESH "\xef\x80\xa1"   // f021 (sync)

// Every icon above. The font atlas bakes only these (fonts.cpp), not the
// font's 900, which kept megabytes of unused glyphs; a test checks that each
// define is listed here.
namespace rk::app {
inline constexpr const char* kAllIcons[] = {
    RK_ICON_SUN,
    RK_ICON_REFRESH,
    RK_ICON_CLONE,
    RK_ICON_HISTORY,
    RK_ICON_FLAG,
    RK_ICON_ELLIPSIS,
    RK_ICON_SEARCH,
    RK_ICON_PLUS,
    RK_ICON_CHECK,
    RK_ICON_CLOCK,
    RK_ICON_FORWARD,
    RK_ICON_USER,
    RK_ICON_USERS,
    RK_ICON_USER_PLUS,
    RK_ICON_ENVELOPE,
    RK_ICON_PHONE,
    RK_ICON_COFFEE,
    RK_ICON_COMMENT,
    RK_ICON_CALENDAR,
    RK_ICON_BRIEFCASE,
    RK_ICON_STAR,
    RK_ICON_FIRE,
    RK_ICON_UNDO,
    RK_ICON_DOWNLOAD,
    RK_ICON_UPLOAD,
    RK_ICON_COG,
    RK_ICON_MAGIC,
    RK_ICON_TRASH,
    RK_ICON_ARCHIVE,
    RK_ICON_KEYBOARD,
    RK_ICON_TIMES,
    RK_ICON_LINK,
    RK_ICON_GIFT,
    RK_ICON_BELL,
    RK_ICON_REPLY,
    RK_ICON_ARROW_RIGHT,
    RK_ICON_ARROW_LEFT,
    RK_ICON_ARROW_UP,
    RK_ICON_ARROW_DOWN,
    RK_ICON_HANDSHAKE,
    RK_ICON_PENCIL,
    RK_ICON_LINKEDIN,
    RK_ICON_GLOBE,
    RK_ICON_MAP_MARKER,
    RK_ICON_TAG,
    RK_ICON_LIGHTBULB,
    RK_ICON_FOLDER,
    RK_ICON_FILE,
    RK_ICON_LEVEL_UP,
    RK_ICON_WARNING,
    RK_ICON_CHECK_CIRCLE,
};
} // namespace rk::app
