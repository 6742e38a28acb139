#pragma once

class QFile;

namespace jt {

// Opens `file` for reading so that a writer may still replace it meanwhile (QSaveFile's rename over it). On
// Windows a file open for reading cannot be replaced unless it was opened with FILE_SHARE_DELETE, which
// QFile does not ask for: a scheduled check could then not record its result while the wizard reads the
// history. Elsewhere renaming over an open file always works, and this is QFile::open.
bool openForSharedReading(QFile &file);

} // namespace jt
