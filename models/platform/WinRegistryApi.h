#pragma once
// Qt-free Win32 registry access (std::wstring, raw bytes), so it can be built
// and tested alone under Wine. WinRegistry adapts it to the Registry interface.
// Every function opens and closes its own key handle; nothing is cached.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace confman::platform::win {

enum class RootKey { LocalMachine, CurrentUser };

struct RawValue
{
    std::uint32_t type = 0; // REG_*
    std::vector<unsigned char> data;
};

// Error codes are Win32 codes (ERROR_SUCCESS = 0). Missing key or value:
// nullopt / empty list, not an error.
std::optional<RawValue> readValue(RootKey root, const std::wstring &key, const std::wstring &name,
                                  long *error = nullptr);
bool keyExists(RootKey root, const std::wstring &key);
std::vector<std::wstring> subKeys(RootKey root, const std::wstring &key, long *error = nullptr);
std::vector<std::wstring> valueNames(RootKey root, const std::wstring &key, long *error = nullptr);
long writeValue(RootKey root, const std::wstring &key, const std::wstring &name, const RawValue &value);
long deleteValue(RootKey root, const std::wstring &key, const std::wstring &name); // missing = success
std::wstring errorText(long error);

} // namespace confman::platform::win
