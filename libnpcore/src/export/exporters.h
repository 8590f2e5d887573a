// The built-in exporters, each defined in its own folder.
#pragma once

#include "np/exporter.h"

namespace np {

const Exporter& epub_exporter();
const Exporter& json_exporter();
const Exporter& latex_exporter();
const Exporter& site_exporter();

}  // namespace np
