namespace Dossier.Content;

/// <summary>What sort of framework an agreement is.</summary>
public enum AgreementKind
{
    Treaty,
    Memorandum,
    Roadmap,
    ActionPlan,
    Programme,
    Dialogue,
    Commission,
    Policy,
    Statement,
}
