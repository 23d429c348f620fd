namespace Supervision.Web.Features.Simulator;

public static class SimulatorRegistration
{
    public static WebApplicationBuilder AddSimulator(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<SimulatorOptions>().BindConfiguration(SimulatorOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<LiveSimulator>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<LiveSimulator>());
        return builder;
    }
}
