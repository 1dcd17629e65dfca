// The App's intent handlers: one per intent, each a navigation step, a query
// for the read models, or exactly one core command with its toast. A handler
// that fails throws StoreError, which App::apply shows as an error toast.
#include "app/app.h"

#include "core/commands/contact_commands.h"
#include "core/commands/history_commands.h"
#include "core/commands/triage.h"
#include "core/db/store_error.h"
#include "core/io/export/export_file.h"
#include "core/store/store.h"

namespace rk::app {

// [SECTION] Navigation and the shell

void App::on(const intent::SwitchTab& i) {
    m_tab = i.tab;
    m_contactView.close();
}

void App::on(const intent::OpenContact& i) {
    m_contactView.open(i.id);
}

void App::on(const intent::CloseContact&) {
    m_contactView.close();
}

void App::on(const intent::NewContact&) {
    m_contactView.startNew();
}

void App::on(const intent::ShowKeys& i) {
    m_showKeys = i.show;
}

void App::on(const intent::ToggleTheme&) {
    m_theme.apply(m_theme.mode == ThemeMode::Dark ? ThemeMode::Light : ThemeMode::Dark,
                  m_theme.scale);
}

void App::on(const intent::OpenLink& i) {
    m_services.openUrl(i.url);
}

void App::on(const intent::OpenLogSheet& i) {
    if (i.contactId == 0) {
        m_logSheet.openPicker(i.origin);
        return;
    }
    auto who = loadLogTarget(m_store, i.contactId);
    if (!who) {
        if (i.origin == LogOrigin::TodayDone) m_today.cardReturned();
        showToast("That person is no longer in your deck.", false, true);
        return;
    }
    m_logSheet.openFor(*who, i.origin);
}

void App::on(const intent::LogCancelled& i) {
    if (i.origin == LogOrigin::TodayDone) m_today.cardReturned();
}

// [SECTION] The undo history

void App::on(const intent::Undo&) {
    if (!m_store.history().canUndo())
        showToast("Nothing to undo", false);
    else
        showToast("Undone: " + m_store.undo(), false);
}

void App::on(const intent::Redo&) {
    if (!m_store.history().canRedo())
        showToast("Nothing to redo", false);
    else
        showToast("Redone: " + m_store.redo(), false);
}

// [SECTION] Changes

void App::on(const intent::LoadDemo& i) {
    showToast(addDemoNetwork(m_store, i.contacts).label, true);
}

void App::on(const intent::CreateContact& i) {
    Contact contact = i.contact;
    try {
        const ChangeResult r = addContact(m_store, contact);
        m_contactView.open(r.contactId);
        showToast(r.label, true);
    } catch (const StoreError&) {
        m_contactView.reopenForm(); // keep what was typed; the toast says why
        throw;
    }
}

void App::on(const intent::UpdateContact& i) {
    showToast(updateContact(m_store, i.contact).label, true);
}

void App::on(const intent::ArchiveContact& i) {
    showToast(archiveContact(m_store, i.id).label, true);
}

void App::on(const intent::RestoreFromArchive& i) {
    showToast(restoreFromArchive(m_store, i.id).label, true);
}

void App::on(const intent::MoveToTrash& i) {
    showToast(moveToTrash(m_store, i.id).label, true);
}

void App::on(const intent::RestoreFromTrash& i) {
    showToast(restoreFromTrash(m_store, i.id).label, true);
}

void App::on(const intent::EmptyTrash&) {
    showToast(emptyTrash(m_store).label, true);
}

void App::on(const intent::LogInteraction& i) {
    Interaction interaction = i.interaction;
    // A Done swipe opened the sheet: saving settles the card it sent off.
    const bool settleCard = i.origin == LogOrigin::TodayDone;
    try {
        const TriageResult r =
            settleCard ? markDone(m_store, interaction) : logInteraction(m_store, interaction);
        if (settleCard) m_today.cardSettled();
        showToast(r.label, true);
    } catch (...) {
        if (settleCard) m_today.cardReturned();
        throw;
    }
}

void App::on(const intent::EditInteraction& i) {
    showToast(editInteraction(m_store, i.interaction).label, true);
}

void App::on(const intent::DeleteInteraction& i) {
    showToast(deleteInteraction(m_store, i.interactionId).label, true);
}

void App::on(const intent::AddReminder& i) {
    Reminder reminder = i.reminder;
    showToast(addReminder(m_store, reminder).label, true);
}

void App::on(const intent::DismissReminder& i) {
    showToast(dismissReminder(m_store, i.reminderId).label, true);
}

void App::on(const intent::Snooze& i) {
    showToast(snooze(m_store, i.contactId, i.length, i.until).label, true);
}

void App::on(const intent::Skip& i) {
    showToast(skip(m_store, i.contactId).label, true);
}

void App::on(const intent::RekindleOneMore&) {
    if (auto r = rekindleOneMore(m_store))
        showToast(r->label, true);
    else
        showToast("Everyone you know is warm right now. Nobody left to rekindle today.", false);
}

// [SECTION] Queries

void App::on(const intent::SearchDeck& i) {
    m_models.searchDeck(i.request);
}

void App::on(const intent::LoadMoreDeck&) {
    m_models.loadMoreDeck();
}

void App::on(const intent::FindPeople& i) {
    m_models.findPeople(i.text);
}

// [SECTION] Files

void App::on(const intent::ImportFile& i) {
    if (!m_import.idle()) return; // one import at a time
    // The import sheet replaces any open log sheet; a Done card goes back.
    if (m_logSheet.isOpen()) {
        if (m_logSheet.origin() == LogOrigin::TodayDone) m_today.cardReturned();
        m_logSheet.close();
    }
    m_contactView.close();
    m_tab = Tab::More;
    m_more.exportSheet().close();
    m_more.importSheet().openFile(i.path);
    m_import.preview(m_store, i.path);
    takeImportResult(); // a small file is read already
}

void App::on(const intent::RemapImport& i) {
    if (!m_import.idle()) return;
    m_import.remap(m_store, i.mapping);
    takeImportResult();
}

void App::on(const intent::CommitImport& i) {
    if (!i.plan || !i.plan->canCommit() || !m_import.idle()) return;
    if (m_store.readOnly()) {
        m_more.importSheet().refuse(
            "This database is open read-only, so nothing can be imported into it.");
        return;
    }
    m_import.commit(m_store, i.plan);
    takeImportResult();
}

void App::on(const intent::StopImport&) {
    m_import.cancel();
}

void App::on(const intent::CloseImport&) {
    m_import.discard();
}

void App::on(const intent::ExportFile& i) {
    m_more.exportSheet().written(exportToFile(m_store.db(), i.path, i.format, m_clock.now()));
}

} // namespace rk::app
