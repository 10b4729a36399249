// Qt-free on purpose: see WinRegistryApi.h.
#include "models/platform/WinRegistryApi.h"

#ifndef NOMINMAX
#define NOMINMAX
#endif
#include <windows.h>

namespace confman::platform::win {

namespace {

constexpr DWORD kMaxValueBytes = 16 * 1024 * 1024; // hostile values: cap the buffer

HKEY rootHandle(RootKey root)
{
    return root == RootKey::LocalMachine ? HKEY_LOCAL_MACHINE : HKEY_CURRENT_USER;
}

// RAII for an open key.
class Key
{
public:
    Key() = default;
    Key(const Key &) = delete;
    Key &operator=(const Key &) = delete;
    ~Key()
    {
        if (m_handle)
            RegCloseKey(m_handle);
    }
    LONG open(RootKey root, const std::wstring &path, REGSAM access)
    {
        return RegOpenKeyExW(rootHandle(root), path.c_str(), 0, access, &m_handle);
    }
    LONG create(RootKey root, const std::wstring &path, REGSAM access)
    {
        return RegCreateKeyExW(rootHandle(root), path.c_str(), 0, nullptr, REG_OPTION_NON_VOLATILE,
                               access, nullptr, &m_handle, nullptr);
    }
    HKEY get() const { return m_handle; }

private:
    HKEY m_handle = nullptr;
};

void setError(long *error, LONG code)
{
    if (error)
        *error = code;
}

bool isMissing(LONG code)
{
    return code == ERROR_FILE_NOT_FOUND || code == ERROR_PATH_NOT_FOUND;
}

} // namespace

std::optional<RawValue> readValue(RootKey root, const std::wstring &key, const std::wstring &name, long *error)
{
    setError(error, ERROR_SUCCESS);
    Key k;
    LONG rc = k.open(root, key, KEY_QUERY_VALUE);
    if (rc != ERROR_SUCCESS) {
        if (!isMissing(rc))
            setError(error, rc);
        return std::nullopt;
    }
    RawValue out;
    // The value may change between the size query and the read: retry.
    for (int attempt = 0; attempt < 4; ++attempt) {
        DWORD type = 0;
        DWORD size = 0;
        rc = RegQueryValueExW(k.get(), name.c_str(), nullptr, &type, nullptr, &size);
        if (rc != ERROR_SUCCESS) {
            if (!isMissing(rc))
                setError(error, rc);
            return std::nullopt;
        }
        if (size > kMaxValueBytes) {
            setError(error, ERROR_INSUFFICIENT_BUFFER);
            return std::nullopt;
        }
        out.data.assign(size, 0);
        DWORD got = size;
        rc = RegQueryValueExW(k.get(), name.c_str(), nullptr, &type, out.data.empty() ? nullptr : out.data.data(), &got);
        if (rc == ERROR_MORE_DATA)
            continue;
        if (rc != ERROR_SUCCESS) {
            if (!isMissing(rc))
                setError(error, rc);
            return std::nullopt;
        }
        out.type = type;
        out.data.resize(got);
        return out;
    }
    setError(error, ERROR_MORE_DATA);
    return std::nullopt;
}

bool keyExists(RootKey root, const std::wstring &key)
{
    Key k;
    return k.open(root, key, KEY_QUERY_VALUE) == ERROR_SUCCESS;
}

namespace {

// Enumerates names with RegEnumKeyExW or RegEnumValueW until ERROR_NO_MORE_ITEMS.
template <typename EnumFn>
std::vector<std::wstring> enumerate(RootKey root, const std::wstring &key, REGSAM access, DWORD maxChars,
                                    long *error, EnumFn fn)
{
    setError(error, ERROR_SUCCESS);
    std::vector<std::wstring> out;
    Key k;
    LONG rc = k.open(root, key, access);
    if (rc != ERROR_SUCCESS) {
        if (!isMissing(rc))
            setError(error, rc);
        return out;
    }
    std::vector<wchar_t> buffer(maxChars + 1);
    for (DWORD index = 0;; ++index) {
        DWORD chars = static_cast<DWORD>(buffer.size());
        rc = fn(k.get(), index, buffer.data(), &chars);
        if (rc == ERROR_NO_MORE_ITEMS)
            break;
        if (rc != ERROR_SUCCESS) {
            setError(error, rc);
            break;
        }
        out.emplace_back(buffer.data(), chars);
    }
    return out;
}

} // namespace

std::vector<std::wstring> subKeys(RootKey root, const std::wstring &key, long *error)
{
    // Key names are at most 255 characters.
    return enumerate(root, key, KEY_ENUMERATE_SUB_KEYS, 255, error,
                     [](HKEY h, DWORD i, wchar_t *name, DWORD *chars) {
                         return RegEnumKeyExW(h, i, name, chars, nullptr, nullptr, nullptr, nullptr);
                     });
}

std::vector<std::wstring> valueNames(RootKey root, const std::wstring &key, long *error)
{
    // Value names are at most 16383 characters.
    return enumerate(root, key, KEY_QUERY_VALUE, 16383, error,
                     [](HKEY h, DWORD i, wchar_t *name, DWORD *chars) {
                         return RegEnumValueW(h, i, name, chars, nullptr, nullptr, nullptr, nullptr);
                     });
}

long writeValue(RootKey root, const std::wstring &key, const std::wstring &name, const RawValue &value)
{
    if (value.data.size() > kMaxValueBytes)
        return ERROR_INVALID_PARAMETER;
    Key k;
    LONG rc = k.create(root, key, KEY_SET_VALUE);
    if (rc != ERROR_SUCCESS)
        return rc;
    return RegSetValueExW(k.get(), name.c_str(), 0, value.type,
                          value.data.empty() ? nullptr : value.data.data(),
                          static_cast<DWORD>(value.data.size()));
}

long deleteValue(RootKey root, const std::wstring &key, const std::wstring &name)
{
    Key k;
    LONG rc = k.open(root, key, KEY_SET_VALUE);
    if (isMissing(rc))
        return ERROR_SUCCESS;
    if (rc != ERROR_SUCCESS)
        return rc;
    rc = RegDeleteValueW(k.get(), name.c_str());
    return isMissing(rc) ? ERROR_SUCCESS : rc;
}

std::wstring errorText(long error)
{
    wchar_t *buffer = nullptr;
    const DWORD n = FormatMessageW(FORMAT_MESSAGE_ALLOCATE_BUFFER | FORMAT_MESSAGE_FROM_SYSTEM
                                       | FORMAT_MESSAGE_IGNORE_INSERTS,
                                   nullptr, static_cast<DWORD>(error), 0,
                                   reinterpret_cast<wchar_t *>(&buffer), 0, nullptr);
    std::wstring out;
    if (n && buffer) {
        out.assign(buffer, n);
        while (!out.empty() && (out.back() == L'\n' || out.back() == L'\r' || out.back() == L' '))
            out.pop_back();
    }
    if (buffer)
        LocalFree(buffer);
    if (out.empty())
        out = L"Win32 error " + std::to_wstring(error);
    return out;
}

} // namespace confman::platform::win
