// The site's stylesheet and search script: static text, one file each in the output.
#pragma once

namespace np::site {

extern const char* const kStylesheet;
extern const char* const kSearchScript;

}  // namespace np::site
