#pragma once

#include <QString>

class QFileDevice;

namespace jt {

// Files only their owner may read (the check history, a summary that holds the secret, the settings).
//
// POSIX: mode 0600, set on the open file before a byte is written (QSaveFile's temporary file is renamed over
// the target with its mode). Windows has no mode bits: a protected access-control list with one entry, full
// control for the current user, so that nothing is inherited from the folder (not even the read access that
// Administrators and SYSTEM inherit in a profile). QSaveFile does not expose its temporary file there, so the
// list is set on the committed file (`restrictToOwner(path)`) — until then the file has its folder's
// inherited list, which in the user's profile folders already excludes other users.
bool restrictToOwner(QFileDevice &file);
bool restrictToOwner(const QString &path);

// Whether nobody but the owner may read `path`: no group or other bits (POSIX); a protected list that allows
// only the current user (Windows). The tests' question, and what a reader of a secret file may check.
bool isOwnerOnly(const QString &path);

} // namespace jt
