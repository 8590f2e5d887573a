// Validation of np's JSON outputs against the schemas in schemas/, for the tests. The only test
// file that includes valijson (whose std::regex needs the warning exemption in CMakeLists.txt).
#include <valijson/adapters/nlohmann_json_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validator.hpp>

#include "test_support.h"

namespace np::test {

std::string schema_errors(const nlohmann::json& instance, const std::string& schema_file) {
  const auto schema_json = nlohmann::json::parse(read_file(source_dir() + "/schemas/" + schema_file));
  valijson::Schema schema;
  valijson::SchemaParser parser(valijson::SchemaParser::kDraft7);
  valijson::adapters::NlohmannJsonAdapter schema_adapter(schema_json);
  parser.populateSchema(schema_adapter, schema);
  valijson::Validator validator;
  valijson::ValidationResults results;
  valijson::adapters::NlohmannJsonAdapter adapter(instance);
  if (validator.validate(schema, adapter, &results)) return "";
  std::string out;
  valijson::ValidationResults::Error e;
  while (results.popError(e)) {
    for (const auto& c : e.context) out += c;
    out += ": " + e.description + "\n";
  }
  return out;
}

}  // namespace np::test
