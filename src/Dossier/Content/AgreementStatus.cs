namespace Dossier.Content;

/// <summary>Where an agreement stands.</summary>
public enum AgreementStatus
{
    Proposed,
    Signed,
    InForce,
    Expired,
    Superseded,
}
