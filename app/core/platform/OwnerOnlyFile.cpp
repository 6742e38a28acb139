#include "OwnerOnlyFile.h"

#include <QDir>
#include <QFile>
#include <QFileDevice>

#ifdef Q_OS_WIN
#include <qt_windows.h>
// after windows.h, which it needs
#include <aclapi.h>

#include <memory>
#include <vector>
#endif

namespace jt {

#ifdef Q_OS_WIN
namespace {

// The current user's SID, from the process token.
std::vector<BYTE> currentUserSid() {
    HANDLE token = nullptr;
    if (!OpenProcessToken(GetCurrentProcess(), TOKEN_QUERY, &token))
        return {};
    DWORD size = 0;
    GetTokenInformation(token, TokenUser, nullptr, 0, &size);
    std::vector<BYTE> buffer(size);
    const bool ok = size > 0 && GetTokenInformation(token, TokenUser, buffer.data(), size, &size);
    CloseHandle(token);
    if (!ok)
        return {};
    const auto *user = reinterpret_cast<const TOKEN_USER *>(buffer.data());
    const DWORD length = GetLengthSid(user->User.Sid);
    std::vector<BYTE> sid(length);
    if (!CopySid(length, sid.data(), user->User.Sid))
        return {};
    return sid;
}

std::wstring nativePath(const QString &path) {
    return QDir::toNativeSeparators(path).toStdWString();
}

} // namespace

bool restrictToOwner(QFileDevice &file) {
    Q_UNUSED(file) // set on the committed file: restrictToOwner(path)
    return true;
}

bool restrictToOwner(const QString &path) {
    std::vector<BYTE> sid = currentUserSid();
    if (sid.empty())
        return false;
    EXPLICIT_ACCESS_W access{};
    access.grfAccessPermissions = GENERIC_ALL;
    access.grfAccessMode = SET_ACCESS;
    access.grfInheritance = NO_INHERITANCE;
    access.Trustee.TrusteeForm = TRUSTEE_IS_SID;
    access.Trustee.TrusteeType = TRUSTEE_IS_USER;
    access.Trustee.ptstrName = reinterpret_cast<LPWSTR>(sid.data());
    PACL acl = nullptr;
    if (SetEntriesInAclW(1, &access, nullptr, &acl) != ERROR_SUCCESS)
        return false;
    std::wstring name = nativePath(path);
    const DWORD result = SetNamedSecurityInfoW(
        name.data(), SE_FILE_OBJECT, DACL_SECURITY_INFORMATION | PROTECTED_DACL_SECURITY_INFORMATION, nullptr,
        nullptr, acl, nullptr);
    LocalFree(acl);
    return result == ERROR_SUCCESS;
}

bool isOwnerOnly(const QString &path) {
    const std::vector<BYTE> sid = currentUserSid();
    std::wstring name = nativePath(path);
    PACL acl = nullptr;
    PSECURITY_DESCRIPTOR descriptor = nullptr;
    if (sid.empty() || GetNamedSecurityInfoW(name.data(), SE_FILE_OBJECT, DACL_SECURITY_INFORMATION, nullptr,
                                             nullptr, &acl, nullptr, &descriptor) != ERROR_SUCCESS)
        return false;
    const std::unique_ptr<void, decltype(&LocalFree)> release(descriptor, &LocalFree);
    SECURITY_DESCRIPTOR_CONTROL control = 0;
    DWORD revision = 0;
    if (acl == nullptr || !GetSecurityDescriptorControl(descriptor, &control, &revision) ||
        !(control & SE_DACL_PROTECTED))
        return false; // no list at all lets everyone in; an unprotected one inherits the folder's
    for (DWORD i = 0; i < acl->AceCount; ++i) {
        void *entry = nullptr;
        if (!GetAce(acl, i, &entry))
            return false;
        const auto *header = static_cast<const ACE_HEADER *>(entry);
        if (header->AceType == ACCESS_DENIED_ACE_TYPE)
            continue; // a denial takes nothing from the owner's privacy
        if (header->AceType != ACCESS_ALLOWED_ACE_TYPE)
            return false;
        auto *allowed = static_cast<ACCESS_ALLOWED_ACE *>(entry);
        if (!EqualSid(reinterpret_cast<PSID>(&allowed->SidStart), const_cast<BYTE *>(sid.data())))
            return false;
    }
    return true;
}
#else
bool restrictToOwner(QFileDevice &file) {
    return file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

bool restrictToOwner(const QString &path) {
    return QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

bool isOwnerOnly(const QString &path) {
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                            QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                            QFileDevice::WriteOther | QFileDevice::ExeOther;
    return QFile::exists(path) && !(QFile::permissions(path) & others);
}
#endif

} // namespace jt
