// np export json: the manifest a static site consumes directly (schemas/export.schema.json).
#include "export/exporters.h"
#include "np/atomic_file.h"

namespace np {

namespace {

class JsonExporter final : public Exporter {
 public:
  std::string_view name() const override { return "json"; }
  std::string_view description() const override {
    return "A JSON manifest: metadata, structure, figures, resolved links, HTML bodies with TeX math";
  }
  std::string default_destination(const Curriculum& c) const override { return "build/" + book_slug(c) + ".json"; }
  ExportOutcome run(const ExportContext& context, std::vector<Diagnostic>& diagnostics) const override {
    // Every name in it is UTF-8 (the loader leaves other files out); a byte that is not becomes U+FFFD.
    const std::string text = build_manifest(context).dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
    std::string error;
    if (write_file_atomic(context.destination, text, error)) return ExportOutcome::written;
    return output_failed(context, std::move(error), diagnostics);
  }
};

}  // namespace

const Exporter& json_exporter() {
  static const JsonExporter exporter;
  return exporter;
}

}  // namespace np
