using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace StartupBench
{
    // The JSON shape of a notes dataset (camelCase; false, 0 and null omitted). Linked into StartupHarness, which
    // writes it from NotesParser's document with the same context.

    internal sealed class NotesDto
    {
        public List<ConferenceDto> Conferences { get; set; } = new List<ConferenceDto>();
    }

    internal sealed class ConferenceDto
    {
        public string? Name { get; set; }
        public int? Year { get; set; }
        public List<DayDto> Days { get; set; } = new List<DayDto>();
    }

    internal sealed class DayDto
    {
        public string Label { get; set; } = "";
        public int? Number { get; set; }
        public List<SessionDto> Sessions { get; set; } = new List<SessionDto>();
    }

    internal sealed class SessionDto
    {
        public string Title { get; set; } = "";
        public string Kind { get; set; } = "";
        public int Line { get; set; }
        public List<TalkDto> Talks { get; set; } = new List<TalkDto>();
        public List<NoteDto>? Prose { get; set; }
    }

    internal sealed class TalkDto
    {
        public string Title { get; set; } = "";
        public List<string> Speakers { get; set; } = new List<string>();
        public string? Affiliation { get; set; }
        public int Line { get; set; }
        public List<string>? Links { get; set; }
        public List<NoteDto>? Notes { get; set; }
    }

    internal sealed class NoteDto
    {
        public string Text { get; set; } = "";
        public int Line { get; set; }

        /// <summary>A line of prose rather than a bullet.</summary>
        public bool Prose { get; set; }

        public List<NoteDto>? Children { get; set; }
    }

    [JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingDefault)]
    [JsonSerializable(typeof(NotesDto))]
    internal sealed partial class NotesJsonContext : JsonSerializerContext
    {
    }
}
