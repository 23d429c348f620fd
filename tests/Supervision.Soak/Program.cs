using Supervision.Soak;

// dotnet run -c Release --project tests/Supervision.Soak -- wall [--minutes N] [--events-per-second R] [--db PATH]
if (args is ["wall", .. var rest]) return await WallSoak.RunAsync(rest, Console.Out);
Console.Error.WriteLine("usage: wall [--minutes N] [--events-per-second R] [--db PATH]");
return 2;
