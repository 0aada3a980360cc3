#include "marsad/status.h"

namespace marsad {

std::string Status::ToString() const {
  const char* prefix = "";
  switch (code_) {
    case Code::kOk:
      return "OK";
    case Code::kNotFound:
      prefix = "Not found: ";
      break;
    case Code::kInvalidArgument:
      prefix = "Invalid argument: ";
      break;
    case Code::kCorruption:
      prefix = "Corruption: ";
      break;
    case Code::kIOError:
      prefix = "IO error: ";
      break;
    case Code::kUnsupported:
      prefix = "Unsupported: ";
      break;
  }
  return prefix + message_;
}

}  // namespace marsad
