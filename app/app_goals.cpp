// The App's handlers for the Goals tab's intents: each one core command
// (core/commands/goal_commands.h), one undo step, its label the toast.
#include "app/app.h"

#include "core/commands/goal_commands.h"

namespace rk::app {

void App::on(const intent::AddGoal& i) {
    showToast(addGoal(m_store, i.draft).label, true);
}

void App::on(const intent::EditGoal& i) {
    const ChangeResult r = editGoal(m_store, i.id, i.draft);
    showToast(r.count > 0 ? r.label : "Nothing to change", r.count > 0);
}

void App::on(const intent::PauseGoal& i) {
    const ChangeResult r = pauseGoal(m_store, i.id, i.paused);
    showToast(r.label, r.count > 0);
}

void App::on(const intent::DeleteGoal& i) {
    showToast(deleteGoal(m_store, i.id).label, true);
}

void App::on(const intent::FreshStart& i) {
    showToast(freshStart(m_store, i.goals, i.people).label, true);
}

} // namespace rk::app
