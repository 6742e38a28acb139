#include "StoredConnectionFlow.h"

#include <QPointer>

namespace jt {

std::optional<StoredConnection> StoredConnectionFlow::stored() const {
    return m_store ? m_store->stored() : std::nullopt;
}

void StoredConnectionFlow::save(const StoredConnection &connection, const QString &secret) {
    if (m_saveState == State::Busy)
        return;
    m_saveState = State::Busy;
    m_saveResult = {};
    emit changed();
    if (!m_store) {
        m_saveState = State::Done;
        m_saveResult = {KeychainProblem::Unavailable, {}, tr("No keychain is set up for this session.")};
        emit changed();
        return;
    }
    QPointer<StoredConnectionFlow> self(this);
    const int ticket = ++m_ticket;
    m_store->save(connection, secret, [self, ticket](const KeychainResult &result) {
        if (!self || ticket != self->m_ticket)
            return;
        self->m_saveState = State::Done;
        self->m_saveResult = result;
        if (result.ok())
            emit self->saved();
        emit self->changed();
    });
}

void StoredConnectionFlow::savePractice() {
    if (m_saveState == State::Busy)
        return;
    m_saveState = State::Done;
    m_saveResult = {};
    emit changed();
}

void StoredConnectionFlow::resetSave() {
    if (m_saveState == State::Idle)
        return;
    if (m_saveState == State::Busy)
        ++m_ticket;
    m_saveState = State::Idle;
    m_saveResult = {};
    emit changed();
}

void StoredConnectionFlow::read(Use use) {
    if (!m_store || m_loadState == State::Busy)
        return;
    m_loadState = State::Busy;
    m_loadResult = {};
    emit changed();
    QPointer<StoredConnectionFlow> self(this);
    const int ticket = ++m_ticket;
    m_store->load([self, ticket, use = std::move(use)](ConnectionStore::Loaded loaded) {
        if (!self || ticket != self->m_ticket)
            return;
        self->m_loadState = State::Done; // first: `use` may start what abandons a read in progress
        self->m_loadResult = loaded.keychain;
        if (loaded.connection && loaded.keychain.ok())
            use(loaded);
        loaded.secret.fill(QLatin1Char(' '));
        emit self->changed();
    });
}

void StoredConnectionFlow::abandonRead() {
    if (m_loadState != State::Busy)
        return;
    ++m_ticket;
    m_loadState = State::Idle;
    emit changed();
}

void StoredConnectionFlow::recordCheck(const StoredConnection &checked) {
    if (m_store)
        m_store->recordCheck(checked);
}

void StoredConnectionFlow::noteReplaced(const std::optional<StoredConnection> &old) {
    m_replacedFingerprint = old ? old->secretFingerprint : QString();
    m_replacedClientId = old ? old->clientId : QString();
    m_saveState = State::Idle;
}

void StoredConnectionFlow::remove() {
    if (!m_store || m_removeState == State::Busy)
        return;
    m_removeState = State::Busy;
    m_removeResult = {};
    emit changed();
    QPointer<StoredConnectionFlow> self(this);
    m_store->remove([self](KeychainResult result) {
        if (!self)
            return;
        if (result.problem == KeychainProblem::NotFound)
            result = {}; // nothing left in the keychain is what was asked for
        self->m_removeState = State::Done;
        self->m_removeResult = result;
        if (result.ok())
            emit self->removed();
        if (self)
            emit self->changed();
    });
}

} // namespace jt
