// The App's handlers for what a sync with a CardDAV server leaves to the
// person: a field changed on both sides, settled from their page.
#include "app/app.h"

#include "core/commands/sync_commands.h"

namespace rk::app {

void App::on(const intent::TakeServerValue& i) { showToast(takeServerValue(m_store, i.conflictId).label, true); }

void App::on(const intent::KeepMyValue& i) { showToast(keepMyValue(m_store, i.conflictId).label, true); }

} // namespace rk::app
