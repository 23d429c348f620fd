namespace Supervision.Domain.Agencies;

public enum AgencyLevel
{
    City = 0,
    District = 1,
    Street = 2,
}
