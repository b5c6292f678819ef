using QuickStart;

// DevConf2024 is generated at build time from devconf2024.notes.txt.
var byAna = DevConf2024.Talks
    .Where(t => t.Speakers.Any(s => s.Name == "Ana Lima"))
    .Select(t => $"{t.Title} ({t.Session.Title})");

foreach (string line in byAna)
{
    Console.WriteLine(line);
}

// Every day, session, talk and speaker is a named, documented member: hover it in the IDE.
var talk = DevConf2024.Day1.Session1.CachingWithoutTears;
Console.WriteLine($"{talk.Title}: {talk.AllNotes().Count()} notes ({talk.Notes.Count} at the top level), first: {talk.Notes[0].Text}");
Console.WriteLine($"links: {string.Join(", ", talk.Links)}");
